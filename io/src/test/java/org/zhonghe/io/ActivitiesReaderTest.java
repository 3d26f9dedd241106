package org.zhonghe.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhonghe.io.XlsxFiles.row;
import static org.zhonghe.io.XlsxFiles.workbook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.Messages;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Emission;
import org.zhonghe.output.ResultJson;
import org.zhonghe.rules.ClaimEvaluator;

/** The activities section read from YAML, JSON, CSV and XLSX, computed into the emissions ledger. */
class ActivitiesReaderTest {
    private static final String HEAD = """
            version: 1
            entity: {id: acme-2022, type: organization}
            period: {from: 2022-01-01, to: 2022-12-31}
            """;
    private final AssessmentReader reader = new AssessmentReader();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Assessment read(Path file) {
        ReadResult r = reader.read(file, StandardCharsets.UTF_8);
        assertThat(r.problems()).isEmpty();
        assertThat(ClaimEvaluator.standard().validate(r.assessment())).isEmpty();
        return r.assessment();
    }

    private static List<String> ledger(Assessment a) {
        return a.emissions().stream().map(e -> e.id() + " " + e.gas() + " " + e.tonnes().toPlainString() + " "
                + e.scope().number() + " " + e.source()).toList();
    }

    /**
     * An activity's own period: nested in YAML, flat columns in CSV; its first year picks the grid factor
     * (2022: 1000 MWh × 0.5703 = 570.3 t); outside the claim's period, or ending before it starts, it is an
     * input error with its line and field.
     */
    @Test
    void an_activity_has_a_period_of_its_own_within_the_claims() throws IOException {
        Path yaml = write("p.yaml", """
                version: 1
                entity: {id: acme-2022, type: organization}
                period: {from: 2021-07-01, to: 2022-06-30}
                claim: {concept: ghg-neutrality, factorSet: cn-mee-grid}
                activities:
                  - {id: h2, activity: electricity, grid: CN, amount: 1000, unit: MWh, period: {from: 2022-01-01, to: 2022-06-30}}
                """);
        assertThat(ledger(read(yaml))).containsExactly("h2.CO2 CO2 570.3 2 h2");
        write("activities.csv", "id,activity,grid,amount,unit,period.from,period.to\n"
                + "h2,electricity,CN,1000,MWh,2022-01-01,2022-06-30\n"
                + "late,electricity,CN,1000,MWh,2022-06-01,2022-07-31\n"
                + "odd,electricity,CN,1000,MWh,2022-03-01,2022-02-01\n");
        Path csv = write("c.yaml", """
                version: 1
                entity: {id: acme-2022, type: organization}
                period: {from: 2021-07-01, to: 2022-06-30}
                claim: {concept: ghg-neutrality, factorSet: cn-mee-grid}
                activities: {file: activities.csv}
                """);
        // a cell error anywhere: nothing is computed, the order of the odd row's dates is the error
        assertThat(problems(csv)).containsExactly("4 activities[odd].period.to " + problemText("period.order", "2022-03-01", "2022-02-01"));
        write("activities.csv", "id,activity,grid,amount,unit,period.from,period.to\n"
                + "h2,electricity,CN,1000,MWh,2022-01-01,2022-06-30\n"
                + "late,electricity,CN,1000,MWh,2022-06-01,2022-07-31\n");
        assertThat(problems(csv)).containsExactly("3 activities[late].period " + problemText("activity.period.outside",
                "2022-06-01", "2022-07-31", "2021-07-01", "2022-06-30"));
    }

    private List<String> problems(Path file) {
        return reader.read(file, StandardCharsets.UTF_8).problems().stream()
                .map(p -> p.line() + " " + p.field() + " " + p.message(Locale.ENGLISH)).toList();
    }

    private static String problemText(String key, Object... args) {
        return Messages.of(Locale.ENGLISH).get("problem." + key, args);
    }

    @Test
    void yaml_activities_join_the_emissions_after_the_written_records() throws IOException {
        Path f = write("a.yaml", HEAD + """
                claim: {concept: ghg-neutrality, factorSet: [ipcc-2006, cn-mee-grid]}
                emissions:
                  - {id: e1, gas: CO2, amount: 5, unit: t}
                activities:
                  - {id: diesel, activity: fuel-combustion, fuel: gas-diesel-oil, amount: 1000, unit: t}
                  - {id: power, activity: electricity, grid: CN, amount: 2000, unit: MWh}
                """);
        Assessment a = read(f);
        assertThat(ledger(a)).containsExactly("e1 CO2 5 1 null", "diesel.CO2 CO2 3186.3 1 diesel",
                "diesel.CH4 CH4 0.129 1 diesel", "diesel.N2O N2O 0.0258 1 diesel", "power.CO2 CO2 1140.6 2 power");
        assertThat(a.emissions().get(4).derivation())
                .isEqualTo("2000 MWh × 0.5703 t CO2/MWh [cn-mee-grid CN/2022/CO2] = 1140.6 t CO2");
        assertThat(a.emissions().get(1).origin().line()).isEqualTo(8);
    }

    @Test
    void json_and_csv_and_xlsx_give_the_same_ledger_as_yaml() throws IOException {
        String claim = "claim: {concept: carbon-neutrality, factorSet: cn-mee-grid, scope2Method: market}\n";
        Path yaml = write("a.yaml", HEAD + claim + """
                activities:
                  - {id: power, activity: electricity, grid: CN, amount: 1000, unit: MWh,
                     instrument: {id: GEC-1, kind: GEC, volume: 400, unit: MWh}}
                """);
        Path json = write("b.json", """
                {"version": 1, "entity": {"id": "acme-2022", "type": "organization"},
                 "period": {"from": "2022-01-01", "to": "2022-12-31"},
                 "claim": {"concept": "carbon-neutrality", "factorSet": "cn-mee-grid", "scope2Method": "market"},
                 "activities": [{"id": "power", "activity": "electricity", "grid": "CN", "amount": 1000, "unit": "MWh",
                   "instrument": [{"id": "GEC-1", "kind": "GEC", "volume": 400, "unit": "MWh"}]}]}
                """);
        write("activities.csv", "id,activity,grid,amount,unit,instrument.id,instrument.volume,instrument.unit\n"
                + "power,electricity,CN,1000,MWh,GEC-1,400,MWh\n");
        Path csv = write("c.yaml", HEAD + claim + "activities: {file: activities.csv}\n");
        workbook().sheet("activities", row("id", "activity", "grid", "amount", "unit", "instrument.id",
                "instrument.volume", "instrument.unit"), row("power", "electricity", "CN", 1000, "MWh", "GEC-1", 400,
                "MWh")).writeTo(dir.resolve("ledger.xlsx"));
        Path xlsx = write("d.yaml", HEAD + claim + "activities: {file: ledger.xlsx}\n");
        List<String> expected = List.of("power.CO2 CO2 342.18 2 power");
        for (Path p : List.of(yaml, json, csv, xlsx)) assertThat(ledger(read(p))).as(p.toString()).isEqualTo(expected);
    }

    @Test
    void the_json_result_shows_both_scope_2_methods_and_each_derivation() throws IOException {
        Path f = write("a.yaml", HEAD + """
                claim: {concept: carbon-neutrality, factorSet: cn-mee-grid, scope2Method: market}
                activities:
                  - {id: power, activity: electricity, grid: CN, amount: 1000, unit: MWh,
                     instrument: {id: GEC-1, volume: 400, unit: MWh}}
                """);
        Assessment a = read(f);
        var json = ResultJson.of(a, ClaimEvaluator.standard().evaluate(a, org.zhonghe.profiles.Profiles.byId(a.claim().profile()).orElseThrow()), Messages.of(Locale.ENGLISH));
        assertThat(json.at("/activities/scope2/location").asText()).isEqualTo("570.3");
        assertThat(json.at("/activities/scope2/market").asText()).isEqualTo("342.18");
        assertThat(json.at("/activities/computed/1/derivation").asText())
                .isEqualTo("(1000 MWh − 400 MWh [GEC-1]) × 0.5703 t CO2/MWh [cn-mee-grid CN/2022/CO2] = 342.18 t CO2");
        assertThat(json.at("/activities/computed/1/note").asText()).contains("no residual mix for grid CN");
        assertThat(json.at("/records/0/derivation").asText()).endsWith("= 342.18 t CO2");
    }

    @Test
    void a_user_factor_set_is_read_next_to_the_assessment_and_its_errors_name_its_lines() throws IOException {
        write("mine.csv", "id,activity,fuel,gas,value,unit,source\nk,process,clinker,CO2,0.52,t/t,report p. 3\n"
                + "bad,process,lime,CO2,0.7,t per t,report p. 4\n");
        Path f = write("a.yaml", HEAD + """
                claim: {concept: carbon-neutrality, factorSet: mine.csv}
                activities:
                  - {id: kiln, activity: process, fuel: clinker, amount: 100, unit: t}
                """);
        var r = reader.read(f, StandardCharsets.UTF_8);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("mine.csv");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("unit");
        });
    }

    @Test
    void an_instrument_without_an_id_or_a_volume_is_an_input_error() throws IOException {
        Path f = write("a.yaml", HEAD + """
                claim: {concept: carbon-neutrality, factorSet: cn-mee-grid, scope2Method: market}
                activities:
                  - {id: power, activity: electricity, grid: CN, amount: 1000, unit: MWh,
                     instrument: [{kind: GEC, volume: 400, unit: MWh}, {id: GEC-2, unit: MWh}]}
                """);
        var r = reader.read(f, StandardCharsets.UTF_8);
        assertThat(r.problems()).extracting(p -> p.field()).containsExactly("activities[power].instrument[1].id",
                "activities[power].instrument[2].volume");
    }

    @Test
    void a_written_derivation_is_kept_so_that_an_inventory_reads_back_as_it_was() throws IOException {
        Path f = write("a.yaml", HEAD + """
                claim: {concept: carbon-neutrality}
                emissions:
                  - {id: d.CO2, gas: CO2, amount: 3186.3, unit: t, source: d, derivation: "1000 t × … = 3186.3 t CO2"}
                """);
        Emission e = read(f).emissions().get(0);
        assertThat(e.derivation()).isEqualTo("1000 t × … = 3186.3 t CO2");
        assertThat(e.tonnes()).isEqualByComparingTo(new BigDecimal("3186.3"));
    }
}
