package org.zhonghe.io.targets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhonghe.targets.*;

class CurrentSnapshotTest {

    private final TargetSnapshot current = TargetRegistry.snapshot(TargetRegistry.CURRENT);

    @Test
    void the_2025_snapshot_holds_every_country_row_of_the_export_coded_by_iso() {
        assertThat(TargetRegistry.snapshotIds()).containsExactly("2022-01", "2025-11");
        assertThat(current.entries()).hasSize(199);
        assertThat(current.entries()).allSatisfy(e -> assertThat(e.code()).matches("[A-Z]{3}"));
        assertThat(current.unknownLabels()).isEmpty();
    }

    @Test
    void its_counts_are_the_exports_labels() {
        TargetStatistics stats = current.statistics();

        assertThat(stats.count(TargetCategory.NET_ZERO)).as("91 net zero + 2 net negative + 1 carbon negative").isEqualTo(94);
        assertThat(stats.count(TargetCategory.CARBON_NEUTRAL)).isEqualTo(28);
        assertThat(stats.count(TargetCategory.CLIMATE_NEUTRAL)).as("17 climate + 1 GHG neutral").isEqualTo(18);
        assertThat(stats.count(TargetCategory.ABSOLUTE_REDUCTION)).isEqualTo(35);
        assertThat(stats.count(TargetCategory.BASELINE_REDUCTION)).isEqualTo(17);
        assertThat(stats.count(TargetCategory.OTHER)).isEqualTo(2);
        assertThat(stats.count(TargetCategory.NONE)).isEqualTo(4);
        assertThat(stats.unclassified()).as("one empty label").isEqualTo(1);
        assertThat(stats.total()).isEqualTo(199);
    }

    @Test
    void canada_has_year_status_gases_scopes_credits_removals_and_its_own_words() {
        TargetEntry canada = current.find("CAN").orElseThrow();

        assertThat(canada.name().zh()).isEqualTo("加拿大");
        assertThat(canada.category()).isEqualTo(TargetCategory.NET_ZERO);
        assertThat(canada.targetYear()).isEqualTo(2050);
        assertThat(canada.status()).isEqualTo(TargetStatus.IN_LAW);
        assertThat(canada.gases()).isNotNull();
        assertThat(canada.notes().en()).containsIgnoringCase("net-zero");
        assertThat(canada.removals().en()).startsWith("Separate removal target:");
        assertThat(canada.credits().en()).isNotEmpty();
    }

    @Test
    void the_holy_see_not_in_table_1_still_has_a_chinese_name() {
        assertThat(current.find("VAT").orElseThrow().name().zh()).isEqualTo("梵蒂冈（教廷）");
    }

    @Test
    void loading_the_current_snapshot_leaves_table_1_as_it_was() {
        TargetStatistics paper = TargetRegistry.snapshot("2022-01").statistics();

        assertThat(paper.total()).isEqualTo(198);
        assertThat(paper.neutralityTargets()).isEqualTo(136);
        assertThat(SnapshotComparison.of(TargetRegistry.snapshot("2022-01"), current).added())
                .extracting(TargetEntry::code).containsExactly("VAT");
    }
}
