package org.zhonghe.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The audit on the real country rows of the Net Zero Tracker's export of 2025-11-09 as shipped
 * ({@code snapshot-2025-11.csv}, byte for byte {@code shared/data/nzt/countries-2025-11-09.csv}): what each
 * country's words say, against what audit C found Zhonghe read into them.
 */
class TargetRealRowsTest {
    private static final Map<String, AuditedEntity> BY_NAME = audit();

    private static Map<String, AuditedEntity> audit() {
        Map<String, AuditedEntity> byName = new LinkedHashMap<>();
        try (InputStream in = TargetRealRowsTest.class.getResourceAsStream("snapshot-2025-11.csv");
             CSVParser csv = CSVParser.parse(in, StandardCharsets.UTF_8,
                     CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            for (CSVRecord record : csv) {
                Map<String, String> values = new LinkedHashMap<>(record.toMap());
                TrackerRow row = new TrackerRow("snapshot-2025-11.csv", record.getRecordNumber() + 1,
                        EntityType.COUNTRY, values);
                byName.put(values.get("Name"), TargetAudit.audit(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byName;
    }

    static AuditedEntity country(String name) {
        AuditedEntity e = BY_NAME.get(name);
        assertThat(e).as(name).isNotNull();
        return e;
    }

    static StatementClassification reading(String name) {
        return country(name).reading();
    }

    static String why(String name) {
        return String.join("; ", reading(name).explanation(Locale.ENGLISH));
    }

    private static List<Integer> years(String name) {
        StatementClassification r = reading(name);
        List<Integer> years = new java.util.ArrayList<>(r.interim().stream().map(TargetMention::year).toList());
        if (r.targetYear() != null) {
            years.add(r.targetYear());
        }
        return years;
    }

    @Test
    void all_199_rows_are_read() {
        assertThat(BY_NAME).hasSize(199);
    }

    @Test
    void no_target_year_is_before_the_trackers_own_date() {
        for (AuditedEntity e : BY_NAME.values()) {
            if (e.reading() != null) {
                assertThat(years(e.name())).as("%s; %s", e.name(), why(e.name())).allMatch(y -> y >= 2025);
            }
        }
    }

    @Test
    void japan_60_percent_is_for_2035_and_73_percent_for_2040() {
        assertThat(reading("Japan").interim()).as(why("Japan"))
                .extracting(TargetMention::words, TargetMention::year)
                .containsExactly(tuple("60%", 2035), tuple("73%", 2040));
        assertThat(reading("Japan").targetYear()).isEqualTo(2050);
    }

    @Test
    void the_year_of_a_law_or_strategy_cited_is_no_interim_target() {
        assertThat(reading("Canada").interim()).as("Accountability Act, 2021; %s", why("Canada")).isEmpty();
        assertThat(reading("Canada").targetYear()).isEqualTo(2050);
        assertThat(why("Canada")).contains("‘act, 2021’: the year of a document cited");
        assertThat(reading("Nepal").interim()).as("(LTS, 2021); %s", why("Nepal")).isEmpty();
        assertThat(reading("Nepal").targetYear()).isEqualTo(2045);
        assertThat(years("Suriname")).as("2nd National Communication (2016); %s", why("Suriname")).doesNotContain(2016);
        assertThat(years("Georgia")).as("Climate Action Plan 2023-2025; %s", why("Georgia")).containsExactly(2050);
        assertThat(years("Vietnam")).as("NDC 2020, 'increased from 9%%'; %s", why("Vietnam")).doesNotContain(2020);
        assertThat(reading("Vietnam").interim()).extracting(TargetMention::words).doesNotContain("9%");
        assertThat(years("Afghanistan")).as("2022 Updated NDC; %s", why("Afghanistan")).doesNotContain(2022);
        assertThat(years("Afghanistan")).as("13.6%% by 2030").contains(2030);
    }

    @Test
    void italy_reads_a_regulations_number_and_a_later_sentence_as_no_target_year() {
        StatementClassification italy = reading("Italy");

        assertThat(years("Italy")).as("Regulation (EU) 2023/857; 'expected to be out in 2025'; %s", why("Italy"))
                .doesNotContain(2023, 2025);
        assertThat(italy.interim()).extracting(TargetMention::words, TargetMention::year).contains(tuple("55%", 2030));
        assertThat(italy.targetYear()).isEqualTo(2050);
    }

    @Test
    void a_base_year_or_a_periods_first_year_is_not_the_target_year() {
        assertThat(years("Liechtenstein")).as("Referenzjahr 1990; %s", why("Liechtenstein")).doesNotContain(1990);
        assertThat(reading("Liechtenstein").interim()).extracting(TargetMention::words, TargetMention::year)
                .containsExactly(tuple("55%", 2030));
        assertThat(reading("Benin").targetYear()).as("période 2021-2030; %s", why("Benin")).isEqualTo(2030);
        assertThat(reading("Central African Republic").targetYear()).as("2010–2030").isEqualTo(2030);
        assertThat(reading("Albania").targetYear()).as("2016 … 2021-2030; %s", why("Albania")).isEqualTo(2030);
        assertThat(reading("Grenada").targetYear()).as("the 2010 emissions levels by 2030").isEqualTo(2030);
        assertThat(reading("Ecuador").targetYear()).as("base year 2018, 'CC2018' is a name; the words say 2070; %s",
                why("Ecuador")).isEqualTo(2070);
    }

    @Test
    void the_trackers_note_recorded_as_net_zero_is_not_the_countrys_words() {
        assertThat(country("Afghanistan").wording()).as(why("Afghanistan")).isEqualTo(TargetCategory.BASELINE_REDUCTION);
        assertThat(country("Afghanistan").findings()).doesNotContain(AuditFinding.LABEL_DIFFERS_FROM_WORDING);
        assertThat(country("Bangladesh").wording()).as(why("Bangladesh")).isEqualTo(TargetCategory.BASELINE_REDUCTION);
        assertThat(country("Yemen").wording()).as(why("Yemen")).isEqualTo(TargetCategory.BASELINE_REDUCTION);
        assertThat(country("Micronesia").wording()).as(why("Micronesia")).isEqualTo(TargetCategory.ABSOLUTE_REDUCTION);
        for (String name : List.of("Afghanistan", "Bangladesh", "Yemen", "Micronesia")) {
            assertThat(reading(name).reasons()).extracting(ClassificationReason::kind).as(name)
                    .contains(ClassificationReason.Kind.TRACKER_NOTE);
            assertThat(reading(name).interim()).extracting(TargetMention::category).as(name)
                    .doesNotContain(TargetCategory.NET_ZERO);
        }
        assertThat(why("Afghanistan")).contains("‘recorded as’: the tracker’s own note, not the source’s words");
        assertThat(String.join("; ", reading("Afghanistan").explanation(Locale.CHINESE))).contains("追踪平台自己的注释");
    }

    @Test
    void a_quote_of_the_alliances_list_is_read_the_same_way_for_every_country_as_the_trackers_note() {
        for (String name : List.of("Kiribati", "Saint Kitts and Nevis", "Palau", "Sudan", "Malawi", "Comoros",
                "Myanmar", "Niue")) {
            StatementClassification r = reading(name);
            assertThat(r.category()).as("%s; %s", name, why(name)).isEqualTo(TargetCategory.NONE);
            assertThat(r.targetYear()).as(name).isNull();
            assertThat(r.reasons()).extracting(ClassificationReason::kind).as(name)
                    .contains(ClassificationReason.Kind.TRACKER_NOTE, ClassificationReason.Kind.NOTES_ONLY)
                    .doesNotContain(ClassificationReason.Kind.END_TARGET, ClassificationReason.Kind.HEARSAY);
        }
        assertThat(country("Uruguay").wording()).as("'justifies their commitment'; %s", why("Uruguay"))
                .isNotEqualTo(TargetCategory.NET_ZERO);
    }

    @Test
    void the_trackers_best_fit_year_is_not_the_philippines_target_year() {
        assertThat(reading("Philippines").targetYear()).as("'so added 2025 as a best fit'; %s", why("Philippines"))
                .isEqualTo(2030);
    }

    @Test
    void kuwaits_economy_wide_year_is_2060_and_its_2050_is_one_sector() {
        StatementClassification kuwait = reading("Kuwait");

        assertThat(kuwait.targetYear()).as(why("Kuwait")).isEqualTo(2060);
        assertThat(kuwait.interim()).extracting(TargetMention::year, TargetMention::partial)
                .containsExactly(tuple(2050, "in the oil and gas sector by"));
    }

    @Test
    void lebanons_forecasts_not_targets_are_no_target() {
        StatementClassification lebanon = reading("Lebanon");

        assertThat(lebanon.category()).as(why("Lebanon")).isEqualTo(TargetCategory.NONE);
        assertThat(lebanon.interim()).isEmpty();
        assertThat(why("Lebanon")).contains("‘forecasts not targets’: the source says this is not a target");
    }

    @Test
    void a_net_sink_keeps_its_minus_sign_and_is_no_reduction() {
        String statement = country("Lebanon").statement();
        String leds = statement.substring(statement.indexOf("Under the LEDS scenario"), statement.indexOf(" (Figure 35)"));
        StatementClassification c = StatementClassifier.classify(leds, 2025);

        assertThat(StatementText.of(leds, StatementWords.get()).value()).contains("with −1.8 million tonnes of co2eq");
        assertThat(c.category()).as(String.join("; ", c.explanation(Locale.ENGLISH))).isEqualTo(TargetCategory.NET_ZERO);
        assertThat(c.interim()).extracting(TargetMention::category).doesNotContain(TargetCategory.ABSOLUTE_REDUCTION);
        assertThat(StatementClassifier.classify("a net sink of -1.8 million tonnes of CO2 by 2050, carbon neutral by 2060")
                .interim()).extracting(TargetMention::words, TargetMention::category)
                .containsExactly(tuple("−1.8 million tonnes of co2", TargetCategory.NET_ZERO));
    }

    @Test
    void papua_new_guineas_50_percent_carbon_neutral_is_a_share_not_neutrality() {
        StatementClassification png = reading("Papua New Guinea");

        assertThat(png.targetYear()).isEqualTo(2050);
        assertThat(png.interim()).as(why("Papua New Guinea"))
                .extracting(TargetMention::year, TargetMention::partial)
                .containsExactly(tuple(2030, "50 percent carbon neutral"));
    }

    @Test
    void polands_binding_target_is_co2_only_and_its_non_binding_clause_is_no_target() {
        assertThat(reading("Poland").gases()).as(why("Poland")).isEqualTo(GasCoverage.CO2);
        assertThat(reading("Poland").targetYear()).isEqualTo(2030);
        assertThat(why("Poland")).contains("‘not binding targets’");
    }

    @Test
    void jordans_move_towards_a_net_zero_carbon_has_no_year_and_no_gases_of_another_sentence() {
        assertThat(reading("Jordan").targetYear()).as(why("Jordan")).isNull();
        assertThat(reading("Jordan").gases()).isEqualTo(GasCoverage.UNSPECIFIED);
    }

    @Test
    void new_zealands_law_is_net_zero_without_biogenic_methane() {
        AuditedEntity nz = country("New Zealand");

        assertThat(nz.wording()).as(why("New Zealand")).isEqualTo(TargetCategory.NET_ZERO);
        assertThat(nz.reading().targetYear()).isEqualTo(2050);
        assertThat(nz.reading().gases()).isEqualTo(GasCoverage.PART_GHG);
        assertThat(nz.findings()).doesNotContain(AuditFinding.LABEL_DIFFERS_FROM_WORDING);
        assertThat(why("New Zealand")).contains("‘other than biogenic methane’ leaves a gas out");
    }

    @Test
    void a_target_that_depends_on_support_is_read_and_shown_as_conditional() {
        for (String name : List.of("Mauritania", "Solomon Islands", "Nauru")) {
            assertThat(reading(name).conditional()).as("%s; %s", name, why(name)).isTrue();
            assertThat(reading(name).reasons()).extracting(ClassificationReason::kind)
                    .contains(ClassificationReason.Kind.CONDITIONAL);
        }
        assertThat(reading("Japan").conditional()).isFalse();
        assertThat(String.join("; ", reading("Nauru").explanation(Locale.CHINESE))).contains("有条件");
    }

    @Test
    void a_status_claimed_and_the_title_of_a_study_are_not_targets() {
        assertThat(reading("Vanuatu").category()).as(why("Vanuatu")).isNotEqualTo(TargetCategory.NET_ZERO);
        assertThat(reading("Vanuatu").reasons()).extracting(ClassificationReason::kind)
                .contains(ClassificationReason.Kind.STATUS_CLAIM);
        assertThat(reading("Peru").category()).as(why("Peru")).isNotEqualTo(TargetCategory.CARBON_NEUTRAL);
        assertThat(reading("Peru").reasons()).extracting(ClassificationReason::kind)
                .contains(ClassificationReason.Kind.NAMED_DOCUMENT);
    }

    @Test
    void italys_55_percent_cut_of_net_emissions_beside_climate_neutrality_is_no_mislabelled_target() {
        AuditedEntity italy = country("Italy");

        assertThat(italy.findings()).as(why("Italy")).doesNotContain(AuditFinding.MISLABELLED_TARGET);
        assertThat(italy.reading().findings()).doesNotContain(StatementFinding.MISLABELLED_TARGET);
        assertThat(italy.reading().category()).isEqualTo(TargetCategory.CLIMATE_NEUTRAL);
        assertThat(BY_NAME.values()).as("no country row states a neutrality at a past level or capped")
                .noneMatch(e -> e.findings().contains(AuditFinding.MISLABELLED_TARGET));
    }

    @Test
    void the_uaes_close_to_zero_with_the_rest_re_absorbed_is_net_zero_and_sao_tomes_gg_co2eq_is_all_ghgs() {
        assertThat(country("United Arab Emirates").wording()).as(why("United Arab Emirates"))
                .isEqualTo(TargetCategory.NET_ZERO);
        assertThat(country("United Arab Emirates").findings()).doesNotContain(AuditFinding.LABEL_DIFFERS_FROM_WORDING);
        assertThat(reading("United Arab Emirates").targetYear()).isEqualTo(2050);
        assertThat(reading("Sao Tome and Principe").gases()).as(why("Sao Tome and Principe"))
                .isEqualTo(GasCoverage.ALL_GHG);
    }
}
