package org.zhonghe.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export that repeats a row (audit C, A3): a copy of the real CAR export with its line 3 (Maple
 * Leaf Foods, 7,275 t, "Maintain 2026 Carbon Neutrality for Canada Packers") appended as line 102.
 */
class DuplicateRowTest {
    private static final String CAR = "climate-action-reserve/retirements.csv";

    static Path withLine3Repeated(Path tmp) throws IOException {
        Path folder = tmp.resolve("climate-action-reserve");
        Files.createDirectories(folder);
        for (String f : List.of("projects.csv", "issuances.csv", "retirements.csv", "cancellations.csv")) {
            Files.copy(Samples.DIR.resolve("climate-action-reserve").resolve(f), folder.resolve(f));
        }
        Path file = folder.resolve("retirements.csv");
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(2)).contains("CAR-1-US-1335-31-983-KS-2025-9659-1 to 7275,7275,");
        Files.writeString(file, lines.get(2) + "\n", java.nio.file.StandardOpenOption.APPEND);
        return tmp;
    }

    @Test
    void a_row_repeated_exactly_is_one_retirement_read_once_and_told(@TempDir Path tmp) throws IOException {
        RegistryData d = RegistryData.read(withLine3Repeated(tmp));
        assertThat(d.duplicates()).containsExactly(new DuplicateRow(new Source(CAR, 3), new Source(CAR, 102)));
        assertThat(d.records()).noneMatch(r -> r.source().equals(new Source(CAR, 102)));
        assertThat(d.find(Serial.parse(Registry.CAR, "CAR-1-US-1335-31-983-KS-2025-9659-1 to 1000")))
                .extracting(r -> r.source().toString()).containsExactly(CAR + ":3");
        assertThat(BeneficiarySearch.in(d.records(), "Maple Leaf Foods")).extracting(r -> r.source().line())
                .containsExactly(3L, 7L, 54L);
        MarketClaims.Total maple = MarketClaims.totals(MarketClaims.in(d.records())).stream()
                .filter(t -> "Maple Leaf Foods".equals(t.claimant())).findFirst().orElseThrow();
        assertThat(maple.tonnes()).isEqualByComparingTo(new BigDecimal("34393")); // 7,275 + 23,609 + 3,509, not 41,668
        assertThat(maple.claims()).isEqualTo(3);
        // every row is still accounted for: the copy was read, then told as a copy
        assertThat(d.counts()).filteredOn(c -> c.file().equals(CAR)).singleElement()
                .satisfies(c -> assertThat(c.rows()).isEqualTo(101));
    }

    @Test
    void the_real_exports_repeat_no_row() {
        assertThat(Samples.data().duplicates()).isEmpty();
    }

    @Test
    void the_same_units_retired_for_another_name_are_no_copy_but_a_contradiction() {
        RegistryRecord r = Samples.at(CAR, 3);
        RegistryRecord other = new RegistryRecord(r.registry(), new Source(CAR, 102), r.status(), r.serial(), r.projectId(),
                r.projectName(), r.projectType(), r.methodology(), r.country(), r.vintage(), r.tonnes(), r.kilograms(),
                r.retiredOn(), r.beneficiary(), "Someone Else Ltd", r.notes(), r.classification());
        assertThat(DuplicateRow.same(r, other)).isFalse();
    }
}
