package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@code zhonghe inventory} writes a ledger that {@code check} reads as is, to the same result. */
class InventoryCommandTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "activities-electricity-location", "assessment.yaml");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"csv", "xlsx", "json"})
    void the_inventory_checked_as_a_ledger_gives_the_totals_of_the_activities(String format) throws IOException {
        Path ledger = dir.resolve("inventory." + format);
        Run written = Run.of("inventory", EXAMPLE.toString(), "--format", format, "--output", ledger.toString());
        assertThat(written.exit()).as(written.err()).isZero();
        String head = Files.readString(EXAMPLE).lines().filter(l -> l.startsWith("version") || l.startsWith("entity")
                || l.startsWith("period") || l.startsWith("boundary") || l.startsWith("claim"))
                .reduce("", (a, b) -> a + b + "\n");
        Path assessment = Files.writeString(dir.resolve("a.yaml"), head + "emissions: {file: inventory." + format + "}\n"
                + "credits:\n  - {id: c1, registry: CCER, serial: \"CCER-2022-A-000123-005000\", type: reduction,"
                + " vintage: 2022, amount: 5000, unit: t, retired: true, beneficiary: suzhou-textiles-2022}\n");
        Run fromLedger = Run.of("check", assessment.toString(), "--format", "json");
        Run fromActivities = Run.of("check", EXAMPLE.toString(), "--format", "json");
        assertThat(fromLedger.err()).isEmpty();
        assertThat(fromLedger.json().get("totals")).isEqualTo(fromActivities.json().get("totals"));
        assertThat(fromLedger.json().at("/records/0/derivation").asText())
                .isEqualTo("8765400 kWh × 0.001 MWh/kWh × 0.5703 t CO2/MWh [cn-mee-grid CN/2022/CO2] = 4998.90762 t CO2");
    }

    @Test
    void the_csv_on_standard_output_lists_each_record_with_its_activity_and_derivation() {
        Run r = Run.of("inventory", EXAMPLE.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).first().isEqualTo("id,gas,amount,unit,scope,biogenic,source,derivation");
        assertThat(r.out()).contains("boilers.CO2,CO2,67.32,t,1,false,boilers,1200 GJ × 0.001 TJ/GJ × 56100 kg/TJ "
                + "[ipcc-2006 manufacturing/natural-gas/CO2] × 0.001 t/kg = 67.32 t CO2");
    }

    @Test
    void missing_factors_are_input_errors_and_nothing_is_written() {
        Path out = dir.resolve("x.csv");
        Run r = Run.of("inventory", "../examples/activities-missing-factor/assessment.yaml", "-o", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("assessment.yaml:9, field 'activities[power].grid'").contains("cn-mee-grid (2021, 2022), cn-mee-nbs-electricity (2021, 2022, 2023)");
        assertThat(out).doesNotExist();
    }
}
