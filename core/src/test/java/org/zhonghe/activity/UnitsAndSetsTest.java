package org.zhonghe.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhonghe.activity.Activities.electricity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.zhonghe.assessment.Origin;
import org.zhonghe.assessment.Scope;

/** Indriya's factors are exact; the same activity in other units gives the same tonnes exactly. */
class UnitsAndSetsTest {

    @ParameterizedTest(name = "1 {0} = {2} {1}")
    @CsvSource({"kWh, MWh, 0.001", "MWh, GJ, 3.6", "GJ, TJ, 0.001", "tce, GJ, 29.3076", "L, m³, 0.001",
            "Nm3, m3, 1", "t, Gg, 0.001", "kg, t, 0.001", "MWh, kWh, 1000", "tce, TJ, 0.0293076"})
    void indriya_gives_exact_conversion_factors(String from, String to, String factor) {
        Ratio r = ActivityUnit.fromSymbol(from).orElseThrow().ratioTo(ActivityUnit.fromSymbol(to).orElseThrow());
        assertThat(r.exact()).isTrue();
        assertThat(r.value()).isEqualByComparingTo(factor);
    }

    @Test
    void a_ratio_without_a_finite_decimal_is_marked_inexact() {
        assertThat(ActivityUnit.GJ.ratioTo(ActivityUnit.MWH).exact()).isFalse();
    }

    /**
     * GJ to MWh is 5/18, which has no finite decimal: the product divides by 3.6 last, so it is
     * exact whenever the quotient ends — 4320 GJ = 1200 MWh × 0.5703 t CO2/MWh = 684.36 t, not
     * 684.36 plus a 34th-digit remainder that would leave a balanced claim's net above zero.
     */
    @Test
    void energy_in_gj_divides_by_3_6_last_and_is_exact_when_the_quotient_ends() {
        var calc = ActivityCalculator.builtIn();
        Computed gj = calc.compute(List.of(electricity("p", "CN", 2022, "4320", "GJ")), List.of("cn-mee-grid"),
                Scope2Method.LOCATION, 2022).inventory().computed().get(0);
        Computed mwh = calc.compute(List.of(electricity("p", "CN", 2022, "1200", "MWh")), List.of("cn-mee-grid"),
                Scope2Method.LOCATION, 2022).inventory().computed().get(0);
        assertThat(gj.tonnes()).isEqualTo(mwh.tonnes()).isEqualByComparingTo("684.36");
        assertThat(gj.derivation().exact()).isTrue();
        assertThat(gj.derivation().formula()).isEqualTo(
                "4320 GJ ÷ 3.6 GJ/MWh × 0.5703 t CO2/MWh [cn-mee-grid CN/2022/CO2] = 684.36 t CO2");

        Computed third = calc.compute(List.of(electricity("p", "CN", 2022, "1000", "GJ")), List.of("cn-mee-grid"),
                Scope2Method.LOCATION, 2022).inventory().computed().get(0);
        assertThat(third.derivation().exact()).isFalse();
        assertThat(third.derivation().formula()).endsWith("= ≈158.4166666666666666666666666666667 t CO2");
        assertThat(third.tonnes()).isEqualByComparingTo("158.4166666666666666666666666666667");
    }

    /** The biomass fuels of Table 1.2 that Table 2.2 gives factors for (IPCC 2006 Vol. 2). */
    private static final List<String> BIOMASS = List.of("wood-wood-waste", "sulphite-lyes", "other-primary-solid-biomass",
            "charcoal", "biogasoline", "biodiesels", "other-liquid-biofuels", "landfill-gas", "sludge-gas", "other-biogas");

    @Test
    void the_ids_named_without_reading_the_sets_are_the_sets_read() {
        // batch checks an entity's factorSet cell by these, so that a ledger without activities never reads the tables
        assertThat(FactorSets.ids()).containsExactlyElementsOf(FactorSets.builtIn().keySet());
        assertThat(FactorSets.ids()).contains(FactorSets.DEFAULT);
        for (String id : FactorSets.builtIn().keySet()) assertThat(FactorSets.isBuiltIn(id)).as(id).isTrue();
        assertThat(FactorSets.isBuiltIn("verifier.csv")).isFalse();
        assertThat(FactorSets.isBuiltIn("IPCC-2006")).isFalse();
    }

    @Test
    void every_ipcc_fuel_has_a_calorific_value_and_three_gases_in_both_sectors() {
        FactorSet ipcc = FactorSets.builtIn("ipcc-2006").orElseThrow();
        List<String> fuels = ipcc.factors().stream().filter(f -> f.quantity().equals(Factor.NCV)).map(Factor::subject)
                .filter(f -> !BIOMASS.contains(f)).toList();
        assertThat(fuels).contains("natural-gas", "gas-diesel-oil", "motor-gasoline", "residual-fuel-oil",
                "liquefied-petroleum-gases", "other-bituminous-coal", "anthracite", "lignite", "coke-oven-coke");
        for (String fuel : BIOMASS) { // Table 2.2 only: Table 2.3's biomass rows were not checked (docs/activity-data.md)
            assertThat(ipcc.emissionFactors("fuel-combustion", fuel, "energy", null)).extracting(Factor::quantity)
                    .as(fuel).containsExactly(Factor.BIOGENIC_CO2, "CH4", "N2O");
            assertThat(ipcc.emissionFactors("fuel-combustion", fuel, "manufacturing", null)).as(fuel).isEmpty();
        }
        for (String fuel : fuels) {
            for (String sector : List.of("energy", "manufacturing")) {
                assertThat(ipcc.emissionFactors("fuel-combustion", fuel, sector, null)).extracting(Factor::quantity)
                        .as(fuel + " " + sector).containsExactly("CO2", "CH4", "N2O");
            }
        }
        assertThat(ipcc.factors()).allSatisfy(f -> assertThat(f.source())
                .matches("IPCC 2006 GL Vol\\. 2 Ch\\. [12] Table (1\\.2|2\\.2|2\\.3) \\(.+\\), row '[^']+', .+"));
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3} {4}")
    @CsvSource({"ncv, natural-gas, '', 48.0, TJ/Gg", "ncv, lignite, '', 11.9, TJ/Gg",
            "energy, motor-gasoline, CO2, 69300, kg/TJ", "energy, residual-fuel-oil, CO2, 77400, kg/TJ",
            "energy, anthracite, N2O, 1.5, kg/TJ", "manufacturing, coke-oven-coke, CH4, 10, kg/TJ",
            "manufacturing, natural-gas, N2O, 0.1, kg/TJ", "energy, liquefied-petroleum-gases, CO2, 63100, kg/TJ",
            "ncv, wood-wood-waste, '', 15.6, TJ/Gg", "ncv, sulphite-lyes, '', 11.8, TJ/Gg",
            "ncv, other-primary-solid-biomass, '', 11.6, TJ/Gg", "ncv, charcoal, '', 29.5, TJ/Gg", "ncv, biogasoline, '', 27.0, TJ/Gg",
            "ncv, biodiesels, '', 27.0, TJ/Gg", "ncv, other-liquid-biofuels, '', 27.4, TJ/Gg", "ncv, landfill-gas, '', 50.4, TJ/Gg",
            "ncv, sludge-gas, '', 50.4, TJ/Gg", "ncv, other-biogas, '', 50.4, TJ/Gg",
            "energy, wood-wood-waste, CO2-biogenic, 112000, kg/TJ", "energy, sulphite-lyes, CO2-biogenic, 95300, kg/TJ",
            "energy, other-primary-solid-biomass, CO2-biogenic, 100000, kg/TJ", "energy, charcoal, CO2-biogenic, 112000, kg/TJ",
            "energy, biogasoline, CO2-biogenic, 70800, kg/TJ", "energy, biodiesels, CO2-biogenic, 70800, kg/TJ",
            "energy, other-liquid-biofuels, CO2-biogenic, 79600, kg/TJ", "energy, landfill-gas, CO2-biogenic, 54600, kg/TJ",
            "energy, sludge-gas, CO2-biogenic, 54600, kg/TJ", "energy, other-biogas, CO2-biogenic, 54600, kg/TJ",
            "energy, wood-wood-waste, CH4, 30, kg/TJ", "energy, wood-wood-waste, N2O, 4, kg/TJ", "energy, sulphite-lyes, CH4, 3, kg/TJ",
            "energy, sulphite-lyes, N2O, 2, kg/TJ", "energy, other-primary-solid-biomass, CH4, 30, kg/TJ",
            "energy, other-primary-solid-biomass, N2O, 4, kg/TJ", "energy, charcoal, CH4, 200, kg/TJ", "energy, charcoal, N2O, 4, kg/TJ",
            "energy, biogasoline, CH4, 3, kg/TJ", "energy, biogasoline, N2O, 0.6, kg/TJ", "energy, biodiesels, CH4, 3, kg/TJ",
            "energy, biodiesels, N2O, 0.6, kg/TJ", "energy, other-liquid-biofuels, CH4, 3, kg/TJ",
            "energy, other-liquid-biofuels, N2O, 0.6, kg/TJ", "energy, landfill-gas, CH4, 1, kg/TJ", "energy, landfill-gas, N2O, 0.1, kg/TJ",
            "energy, sludge-gas, CH4, 1, kg/TJ", "energy, sludge-gas, N2O, 0.1, kg/TJ", "energy, other-biogas, CH4, 1, kg/TJ",
            "energy, other-biogas, N2O, 0.1, kg/TJ"})
    void values_as_transcribed_from_the_guidelines(String table, String fuel, String gas, String value, String unit) {
        String id = table.equals("ncv") ? "ncv/" + fuel : table + "/" + fuel + "/" + gas;
        Factor f = FactorSets.builtIn("ipcc-2006").orElseThrow().factors().stream().filter(x -> x.id().equals(id))
                .findFirst().orElseThrow();
        assertThat(f.value()).isEqualByComparingTo(value);
        assertThat(f.unit()).hasToString(unit);
    }

    static Stream<Arguments> amounts() {
        Random random = new Random(17);
        return Stream.generate(() -> Arguments.of(BigDecimal.valueOf(random.nextLong(1, 10_000_000_000L), random.nextInt(7))))
                .limit(40);
    }

    @ParameterizedTest
    @MethodSource("amounts")
    void the_same_electricity_in_kwh_and_in_mwh_gives_the_same_tonnes_exactly(BigDecimal mwh) {
        var calc = ActivityCalculator.builtIn();
        String kwh = mwh.movePointRight(3).toPlainString();
        var a = calc.compute(List.of(electricity("p", "CN", 2022, mwh.toPlainString(), "MWh")), List.of("cn-mee-grid"),
                Scope2Method.LOCATION, 2022);
        var b = calc.compute(List.of(electricity("p", "CN", 2022, kwh, "kWh")), List.of("cn-mee-grid"),
                Scope2Method.LOCATION, 2022);
        BigDecimal ta = a.inventory().emissions().get(0).tonnes();
        assertThat(ta).isEqualTo(b.inventory().emissions().get(0).tonnes());
        assertThat(ta).isEqualByComparingTo(mwh.multiply(new BigDecimal("0.5703")));
    }

    @ParameterizedTest
    @MethodSource("amounts")
    void the_same_fuel_in_litres_and_in_cubic_metres_gives_the_same_tonnes_exactly(BigDecimal m3) {
        String csv = """
                id,activity,fuel,gas,value,unit,source
                d,fuel-combustion,diesel,density,0.84,t/m3,verifier table 3 row 2
                n,fuel-combustion,diesel,NCV,43.0,TJ/Gg,verifier table 3 row 2
                c,fuel-combustion,diesel,CO2,74100,kg/TJ,verifier table 3 row 2
                """;
        var parsed = FactorSets.parseUserSet(csv, "verifier.csv");
        assertThat(parsed.problems()).isEmpty();
        var calc = new ActivityCalculator(java.util.Map.of("verifier", FactorSets.userSet("verifier", parsed.factors())));
        var inM3 = calc.compute(List.of(fuelIn("diesel", m3.toPlainString(), "m³")), List.of("verifier"),
                Scope2Method.LOCATION, 2024);
        var inL = calc.compute(List.of(fuelIn("diesel", m3.movePointRight(3).toPlainString(), "L")),
                List.of("verifier"), Scope2Method.LOCATION, 2024);
        assertThat(inM3.problems()).isEmpty();
        BigDecimal t = inM3.inventory().emissions().get(0).tonnes();
        assertThat(t).isEqualTo(inL.inventory().emissions().get(0).tonnes());
        // m³ × 0.84 t/m³ × 0.001 Gg/t × 43.0 TJ/Gg × 74100 kg/TJ × 0.001 t/kg
        assertThat(t).isEqualByComparingTo(m3.multiply(new BigDecimal("2.676492")));
    }

    @Test
    void a_user_set_with_a_bad_row_reports_file_line_and_column() {
        String csv = "id,activity,fuel,gas,value,unit,source\nx,fuel-combustion,diesel,CO2,12;5,kg/TJ,me\n"
                + "y,fuel-combustion,diesel,NCV,43,kg/TJ,me\n";
        var parsed = FactorSets.parseUserSet(csv, "mine.csv");
        assertThat(parsed.problems()).extracting(p -> p.file() + ":" + p.line() + " " + p.field() + " " + p.key())
                .containsExactly("mine.csv:2 value number.decimal", "mine.csv:3 unit factorSet.unit.kind");
    }

    /**
     * A row of CO2 whose unit names methane, or of CH4 in CO2e, is refused: its value was taken as the
     * row's gas, so 50 kg SF6/TJ in a CO2 row gave 50 t CO2 (not 50 t SF6, 1,175,000 t CO2e), and
     * kg CO2e/TJ in a CO2 row was counted as CO2 under a CO2-only concept instead of CO2E_NOT_SPLIT.
     */
    @Test
    void a_row_whose_unit_names_another_gas_than_its_gas_column_is_a_bad_cell() {
        String csv = """
                id,activity,fuel,gas,value,unit,source
                a,fuel-combustion,gasx,CO2,50,kg SF6/TJ,me
                b,fuel-combustion,gasx,CO2,56100,kg CO2e/TJ,me
                c,fuel-combustion,gasx,CH4,1,kg CO2/TJ,me
                d,fuel-combustion,gasx,N2O,0.1,kg N2O/TJ,me
                e,fuel-combustion,wood,CO2-biogenic,112000,kg CO2/TJ,me
                f,refrigerant,hall,HFC-134a,1,t HFC134a/t,me
                g,electricity,CN,CO2,0.5703,t CO2/MWh,me
                """;
        var parsed = FactorSets.parseUserSet(csv, "mine.csv");
        assertThat(parsed.problems()).extracting(p -> p.file() + ":" + p.line() + " " + p.field() + " " + p.key())
                .containsExactly("mine.csv:2 unit factorSet.unit.kind", "mine.csv:3 unit factorSet.unit.kind",
                        "mine.csv:4 unit factorSet.unit.kind");
        assertThat(parsed.problems().get(0).message(java.util.Locale.ENGLISH))
                .isEqualTo("unit \"kg SF6/TJ\" does not fit \"CO2\": an NCV is energy per mass or volume, a density mass"
                        + " per volume, an emission factor a mass of the row’s gas per unit (a unit that names another gas"
                        + " contradicts the row)");
    }

    @Test
    void two_rows_of_one_fuel_gas_sector_and_year_are_an_input_error_not_the_first_silently() {
        // the lookup took the first and never said so: 1000 kg/TJ where the verifier's other row says 74100
        String csv = """
                id,activity,fuel,sector,year,gas,value,unit,source
                a,fuel-combustion,diesel-fleet,,,CO2,1000,kg/TJ,me
                b,fuel-combustion,diesel-fleet,,,CO2,74100,kg/TJ,me
                c,fuel-combustion,diesel-fleet,transport,,CO2,74100,kg/TJ,me
                d,fuel-combustion,diesel-fleet,,2024,CO2,74100,kg/TJ,me
                e,fuel-combustion,diesel-fleet,,,CH4,3.9,kg/TJ,me
                f,fuel-combustion,diesel-fleet,,,NCV,43.0,TJ/Gg,me
                """;
        var parsed = FactorSets.parseUserSet(csv, "mine.csv");
        assertThat(parsed.problems()).extracting(p -> p.file() + ":" + p.line() + " " + p.field() + " " + p.key())
                .containsExactly("mine.csv:3 gas factorSet.row.duplicate");
        assertThat(parsed.problems().get(0).message(java.util.Locale.ENGLISH)).isEqualTo("diesel-fleet (fuel-combustion) has a"
                + " second CO2 factor with the same sector and year: a set gives one value for each, so which one applies is"
                + " unknown (the first is on line 2)");
        // every built-in set has one value for each
        for (String id : FactorSets.ids()) assertThat(FactorSets.builtIn(id)).as(id).isPresent();
    }

    private static Activity fuelIn(String fuel, String amount, String unit) {
        return new Activity("f", ActivityKind.FUEL_COMBUSTION, fuel, null, null, new BigDecimal(amount),
                ActivityUnit.fromSymbol(unit).orElseThrow(), Scope.ONE, null, null, null, null, null, List.of(),
                Origin.NONE);
    }
}
