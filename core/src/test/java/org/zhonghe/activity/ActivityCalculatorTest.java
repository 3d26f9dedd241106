package org.zhonghe.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhonghe.activity.Activities.certificate;
import static org.zhonghe.activity.Activities.electricity;
import static org.zhonghe.activity.Activities.tonnes;
import static org.zhonghe.activity.Activities.fuel;
import static org.zhonghe.activity.Activities.leak;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhonghe.assessment.Origin;
import org.zhonghe.assessment.Period;
import org.zhonghe.assessment.Problem;
import org.zhonghe.assessment.Scope;

/** Worked examples computed by hand, and the problems a person gets instead of a number. */
class ActivityCalculatorTest {
    private static final List<String> IPCC = List.of("ipcc-2006");
    private static final List<String> GRID = List.of("cn-mee-grid");
    private final ActivityCalculator calc = ActivityCalculator.builtIn();

    @Test
    void thousand_tonnes_of_gas_diesel_oil_in_the_energy_industries() {
        // 1000 t = 1 Gg; × 43.0 TJ/Gg = 43.0 TJ; × 74100 kg/TJ = 3 186 300 kg CO2; × 3 = 129 kg CH4; × 0.6 = 25.8 kg N2O
        var r = calc.compute(List.of(fuel("diesel", "gas-diesel-oil", "1000", "t", null)), IPCC,
                Scope2Method.LOCATION, 2024);
        assertThat(tonnes(r)).containsOnly(Map.entry("CO2", new BigDecimal("3186.3")),
                Map.entry("CH4", new BigDecimal("0.129")), Map.entry("N2O", new BigDecimal("0.0258")));
        var co2 = r.inventory().emissions().get(0);
        assertThat(co2.id()).isEqualTo("diesel.CO2");
        assertThat(co2.source()).isEqualTo("diesel");
        assertThat(co2.derivation()).isEqualTo("1000 t × 0.001 Gg/t × 43.0 TJ/Gg [ipcc-2006 ncv/gas-diesel-oil]"
                + " × 74100 kg/TJ [ipcc-2006 energy/gas-diesel-oil/CO2] × 0.001 t/kg = 3186.3 t CO2");
        assertThat(r.inventory().computed().get(0).derivation().factorIds())
                .containsExactly("ipcc-2006 ncv/gas-diesel-oil", "ipcc-2006 energy/gas-diesel-oil/CO2");
    }

    /**
     * A fuel no set knows is told with the known fuels nearest its name, and a blend (B20, E10) with
     * how to write it: two activities, the fossil part and the bio part.
     */
    @Test
    void an_unknown_fuel_is_told_with_the_nearest_known_fuels_and_a_blend_how_to_write_it() {
        var blend = calc.compute(List.of(fuel("trucks", "diesel-b20", "100", "t", null)), IPCC, Scope2Method.LOCATION, 2024);
        assertThat(blend.problems()).extracting(Problem::key).containsExactly("activity.noFactor.blend");
        assertThat(blend.problems().get(0).message(java.util.Locale.ENGLISH))
                .contains("two activities").contains("80 % gas-diesel-oil and 20 % biodiesels")
                .endsWith("known fuels near its name: biodiesels, gas-diesel-oil");
        var near = calc.compute(List.of(fuel("kiln", "bituminous", "100", "t", null)), IPCC, Scope2Method.LOCATION, 2024);
        assertThat(near.problems()).extracting(Problem::key).containsExactly("activity.noFactor.near");
        assertThat(near.problems().get(0).args()).contains("other-bituminous-coal, sub-bituminous-coal");
        var nothing = calc.compute(List.of(fuel("x", "unobtainium", "1", "t", null)), IPCC, Scope2Method.LOCATION, 2024);
        assertThat(nothing.problems()).extracting(Problem::key).containsExactly("activity.noFactor.nowhere");
    }

    /**
     * A verifier's set that measures only the CO2 of diesel, searched before ipcc-2006: CO2 at the
     * verifier's 73000 kg/TJ, CH4 and N2O from ipcc-2006 (3 and 0.6 kg/TJ). Before, the first set
     * with any factor gave all the gases, and the CH4 and N2O of the fuel were not counted at all.
     */
    @Test
    void a_set_that_gives_only_co2_leaves_methane_and_nitrous_oxide_to_the_next_set() {
        var parsed = FactorSets.parseUserSet("""
                id,activity,fuel,gas,value,unit,source
                c,fuel-combustion,gas-diesel-oil,CO2,73000,kg/TJ,verifier's lab report 7
                w,fuel-combustion,wood-wood-waste,CH4,25,kg/TJ,verifier's lab report 8
                """, "verifier.csv");
        assertThat(parsed.problems()).isEmpty();
        var sets = new java.util.HashMap<>(FactorSets.builtIn());
        sets.put("verifier.csv", FactorSets.userSet("verifier.csv", parsed.factors()));
        var both = new ActivityCalculator(sets);
        var r = both.compute(List.of(fuel("diesel", "gas-diesel-oil", "1000", "t", null),
                fuel("boiler", "wood-wood-waste", "1000", "t", null)), List.of("verifier.csv", "ipcc-2006"),
                Scope2Method.LOCATION, 2024);
        assertThat(r.problems()).isEmpty();
        // 43.0 TJ × 73000 kg/TJ = 3139 t CO2; × 3 kg/TJ = 0.129 t CH4; × 0.6 kg/TJ = 0.0258 t N2O;
        // wood: 15.6 TJ × 25 kg/TJ = 0.39 t CH4 (the verifier's), CO2 biogenic and N2O from ipcc-2006
        assertThat(r.inventory().emissions()).extracting(e -> e.id() + " " + e.tonnes().toPlainString() + " " + e.biogenic())
                .containsExactly("diesel.CO2 3139 false", "diesel.CH4 0.129 false", "diesel.N2O 0.0258 false",
                        "boiler.CH4 0.39 false", "boiler.CO2 1747.2 true", "boiler.N2O 0.0624 false");
        var computed = r.inventory().computed();
        assertThat(computed.get(0).derivation().factorIds()).contains("verifier.csv c");
        assertThat(computed.get(0).derivation().note()).isNull();
        assertThat(computed.get(1).derivation().factorIds()).contains("ipcc-2006 energy/gas-diesel-oil/CH4");
        assertThat(computed.get(1).derivation().note()).isEqualTo("activity.note.gasFromNextSet");
        assertThat(computed.get(1).derivation().noteArgs())
                .containsExactly("CH4", "gas-diesel-oil", "verifier.csv", "ipcc-2006");
        // the wood's CO2 is biogenic, wherever it comes from; its CH4 is the verifier's alone
        assertThat(computed.get(4).derivation().note()).isEqualTo("activity.note.biogenic");
        assertThat(r.inventory().emissions()).filteredOn(e -> e.gas().equals("CH4") && e.source().equals("boiler")).hasSize(1);
    }

    /**
     * Biomass (IPCC 2006 Table 1.2, Table 2.2): 1000 t wood = 1 Gg × 15.6 TJ/Gg = 15.6 TJ; × 112000 kg/TJ =
     * 1 747 200 kg CO2, biogenic; × 30 = 468 kg CH4; × 4 = 62.4 kg N2O, counted as any fuel's.
     */
    @Test
    void burning_wood_gives_biogenic_co2_and_methane_and_nitrous_oxide_as_normal_records() {
        var r = calc.compute(List.of(fuel("boiler", "wood-wood-waste", "1000", "t", null)), IPCC, Scope2Method.LOCATION, 2024);
        assertThat(tonnes(r)).containsOnly(Map.entry("CO2", new BigDecimal("1747.2")),
                Map.entry("CH4", new BigDecimal("0.468")), Map.entry("N2O", new BigDecimal("0.0624")));
        var records = r.inventory().emissions();
        assertThat(records).extracting(e -> e.id() + " " + e.biogenic())
                .containsExactly("boiler.CO2 true", "boiler.CH4 false", "boiler.N2O false");
        assertThat(records.get(0).derivation()).isEqualTo("1000 t × 0.001 Gg/t × 15.6 TJ/Gg [ipcc-2006 ncv/wood-wood-waste]"
                + " × 112000 kg/TJ [ipcc-2006 energy/wood-wood-waste/CO2-biogenic] × 0.001 t/kg = 1747.2 t CO2");
        assertThat(r.inventory().computed().get(0).derivation().note()).isEqualTo("activity.note.biogenic");
        assertThat(r.inventory().computed().get(1).derivation().note()).isNull();
    }

    /** 100 t landfill gas = 0.1 Gg × 50.4 = 5.04 TJ; × 54600 = 275 184 kg CO2 (biogenic); × 1 = 5.04 kg CH4; × 0.1 = 0.504 kg N2O. */
    @Test
    void landfill_gas_in_energy_units_and_in_tonnes_gives_the_same_records() {
        var byMass = calc.compute(List.of(fuel("flare", "landfill-gas", "100", "t", null)), IPCC, Scope2Method.LOCATION, 2024);
        var byEnergy = calc.compute(List.of(fuel("flare", "landfill-gas", "5.04", "TJ", null)), IPCC, Scope2Method.LOCATION, 2024);
        assertThat(tonnes(byMass)).containsOnly(Map.entry("CO2", new BigDecimal("275.184")),
                Map.entry("CH4", new BigDecimal("0.00504")), Map.entry("N2O", new BigDecimal("0.000504")));
        assertThat(tonnes(byEnergy)).isEqualTo(tonnes(byMass));
        assertThat(byMass.inventory().emissions().get(0).biogenic()).isTrue();
    }

    @Test
    void biomass_in_manufacturing_has_no_factor_here_and_says_which_sector_has_one() {
        var r = calc.compute(List.of(fuel("boiler", "charcoal", "10", "t", "manufacturing")), IPCC, Scope2Method.LOCATION, 2024);
        assertThat(r.problems()).hasSize(1);
        assertThat(r.problems().get(0).field()).endsWith("fuel");
    }

    @Test
    void coal_in_manufacturing_takes_table_2_3() {
        // 1000 t other bituminous coal = 25.8 TJ; CO2 94600, CH4 10, N2O 1.5 kg/TJ (Table 2.3)
        var r = calc.compute(List.of(fuel("coal", "other-bituminous-coal", "1000", "t", "manufacturing")), IPCC,
                Scope2Method.LOCATION, 2024);
        assertThat(tonnes(r)).containsOnly(Map.entry("CO2", new BigDecimal("2440.68")),
                Map.entry("CH4", new BigDecimal("0.258")), Map.entry("N2O", new BigDecimal("0.0387")));
        assertThat(r.inventory().computed().get(1).derivation().factorIds())
                .contains("ipcc-2006 manufacturing/other-bituminous-coal/CH4");
    }

    @Test
    void natural_gas_given_in_energy_needs_no_calorific_value() {
        // 2.5 TJ × 56100 kg/TJ = 140.25 t CO2
        var r = calc.compute(List.of(fuel("boiler", "natural-gas", "2500", "GJ", null)), IPCC, Scope2Method.LOCATION,
                2024);
        assertThat(tonnes(r)).containsEntry("CO2", new BigDecimal("140.25"));
    }

    @Test
    void a_chinese_factory_buys_electricity_at_the_grid_factor_of_its_year() {
        // 12 345.6 MWh × 0.5703 t CO2/MWh (2022, 环办气候函〔2023〕43号) = 7040.69568 t CO2
        var r = calc.compute(List.of(electricity("power", "CN", 2022, "12345.6", "MWh")), GRID, Scope2Method.LOCATION,
                2022);
        assertThat(tonnes(r)).containsOnly(Map.entry("CO2", new BigDecimal("7040.69568")));
        assertThat(r.inventory().emissions().get(0).scope()).isEqualTo(org.zhonghe.assessment.Scope.TWO);
        assertThat(r.inventory().emissions().get(0).derivation())
                .isEqualTo("12345.6 MWh × 0.5703 t CO2/MWh [cn-mee-grid CN/2022/CO2] = 7040.69568 t CO2");
    }

    private static Activity over(Activity a, String from, String to) {
        return new Activity(a.id(), a.kind(), a.fuel(), a.grid(), a.gas(), a.amount(), a.unit(), a.scope(), a.sector(), a.year(),
                a.factorSet(), a.factor(), a.supplierFactor(), a.instruments(), a.origin(),
                new Period(java.time.LocalDate.parse(from), java.time.LocalDate.parse(to)));
    }

    private static final Period CLAIM_2022 = new Period(java.time.LocalDate.parse("2021-07-01"),
            java.time.LocalDate.parse("2022-06-30"));

    /** A meter read over 2022-01 … 2022-06 in a claim over 2021-07 … 2022-06: its grid factor is 2022's, 1000 kWh × 0.5703 t/MWh. */
    @Test
    void an_activity_over_its_own_months_takes_the_grid_factor_of_their_year() {
        var a = over(electricity("power", "CN", null, "1000", "kWh"), "2022-01-01", "2022-06-30");
        assertThat(tonnes(calc.compute(List.of(a), GRID, Scope2Method.LOCATION, CLAIM_2022)))
                .containsEntry("CO2", new BigDecimal("0.5703"));
        var whole = electricity("power", "CN", null, "1000", "kWh"); // no period of its own: the claim's first year, 2021
        assertThat(tonnes(calc.compute(List.of(whole), GRID, Scope2Method.LOCATION, CLAIM_2022)))
                .containsEntry("CO2", new BigDecimal("0.581"));
    }

    @Test
    void an_activity_outside_the_claims_period_is_an_input_error_naming_both_periods() {
        var a = over(fuel("diesel", "gas-diesel-oil", "1000", "t", null), "2022-06-01", "2022-07-31");
        var r = calc.compute(List.of(a), IPCC, Scope2Method.LOCATION, CLAIM_2022);
        assertThat(r.problems()).hasSize(1);
        Problem p = r.problems().get(0);
        assertThat(p.field()).isEqualTo("activities[diesel].period");
        assertThat(p.key()).isEqualTo("activity.period.outside");
        assertThat(p.message(java.util.Locale.ENGLISH)).isEqualTo("the activity's period 2022-06-01 – 2022-07-31 is not within"
                + " the claim's period 2021-07-01 – 2022-06-30; an activity outside the period does not belong to this balance"
                + " (split it, or leave it out)");
        assertThat(p.message(java.util.Locale.CHINESE)).startsWith("活动的期间 2022-06-01 – 2022-07-31 不在声明的期间");
        assertThat(r.inventory().computed()).isEmpty();
    }

    @Test
    void the_grid_year_defaults_to_the_period_year() {
        var r = calc.compute(List.of(electricity("power", "CN", null, "1000", "kWh")), GRID, Scope2Method.LOCATION,
                2022);
        assertThat(tonnes(r)).containsEntry("CO2", new BigDecimal("0.5703"));
    }

    /**
     * The calculator picks the residual mix the set names (cn-mee-nbs-electricity: CN → CN-EXCL-MARKET-NONFOSSIL):
     * location 1000 MWh × 0.5306 = 530.6 t (2023 national average); market (1000 − 400) MWh × 0.6096 = 365.76 t.
     */
    @Test
    void market_based_scope_2_takes_the_residual_mix_of_the_set_and_says_so() {
        var a = electricity("power", "CN", 2023, "1000", "MWh", certificate("GEC-2023-0001", "400", "MWh"));
        var r = calc.compute(List.of(a), List.of("cn-mee-nbs-electricity"), Scope2Method.MARKET, 2023);
        assertThat(tonnes(r)).containsOnly(Map.entry("CO2", new BigDecimal("365.76")));
        assertThat(r.inventory().scope2Tonnes(Scope2Method.LOCATION, "CO2")).isEqualByComparingTo("530.6");
        Derivation market = r.inventory().computed().stream().filter(c -> c.method() == Scope2Method.MARKET).findFirst()
                .orElseThrow().derivation();
        assertThat(market.formula()).isEqualTo("(1000 MWh − 400 MWh [GEC-2023-0001]) × 0.6096 t CO2/MWh"
                + " [cn-mee-nbs-electricity CN-EXCL-MARKET-NONFOSSIL/2023/CO2] = 365.76 t CO2");
        assertThat(market.note()).isEqualTo("activity.note.residualMix");
        assertThat(market.noteArgs()).containsExactly("CN", "CN-EXCL-MARKET-NONFOSSIL", "cn-mee-nbs-electricity");
        assertThat(org.zhonghe.Messages.of(java.util.Locale.ENGLISH).get(market.note(), market.noteArgs().toArray()))
                .contains("residual mix of grid CN", "CN-EXCL-MARKET-NONFOSSIL");
    }

    /** 2021 has no residual mix in the set: the grid average, said so — (1000 − 400) MWh × 0.5568 = 334.08 t. */
    @Test
    void a_year_without_a_residual_mix_falls_back_to_the_grid_average_and_says_so() {
        var a = electricity("power", "CN", 2021, "1000", "MWh", certificate("GEC-2021-0001", "400", "MWh"));
        var r = calc.compute(List.of(a), List.of("cn-mee-nbs-electricity"), Scope2Method.MARKET, 2021);
        assertThat(tonnes(r)).containsOnly(Map.entry("CO2", new BigDecimal("334.08")));
        assertThat(r.inventory().computed().get(1).derivation().note()).isEqualTo("activity.note.gridForResidual");
    }

    /**
     * Activity ids are unique (docs/activity-data.md, "required, unique"): a fuel and a leak both
     * named "plant" gave plant.CO2 … and plant.HFC-134a without a word, two sources under one name.
     */
    @Test
    void two_activities_of_one_id_are_an_input_error_even_when_their_gases_differ() {
        var r = calc.compute(List.of(fuel("plant", "gas-diesel-oil", "1", "t", null), leak("plant", "HFC-134a", "1", "kg")),
                IPCC, Scope2Method.LOCATION, 2024);
        assertThat(r.problems()).extracting(p -> p.line() + " " + p.field() + " " + p.key())
                .containsExactly("11 activities[plant].id id.duplicate");
        assertThat(r.problems().get(0).message(java.util.Locale.ENGLISH))
                .isEqualTo("duplicate id \"plant\" in activities; it was first used on line 7");
        assertThat(r.inventory().computed()).isEmpty();
    }

    @Test
    void a_refrigerant_leak_is_the_mass_of_its_gas() {
        var r = calc.compute(List.of(leak("chiller", "HFC-134a", "12", "kg")), IPCC, Scope2Method.LOCATION, 2024);
        assertThat(tonnes(r)).containsOnly(Map.entry("HFC-134a", new BigDecimal("0.012")));
    }

    @Test
    void a_factor_written_on_a_refrigerant_leak_is_an_input_error_not_left_unread() {
        Activity withFactor = new Activity("chiller", ActivityKind.REFRIGERANT_LEAK, null, null, "HFC-134a", new BigDecimal("12"),
                ActivityUnit.fromSymbol("kg").orElseThrow(), Scope.ONE, null, null, null,
                new ExplicitFactor(new BigDecimal("5000"), FactorUnit.parse("kg CO2e/kg").orElseThrow(), "my note"), null,
                List.of(), Origin.of("a.yaml", 11), null);
        var r = calc.compute(List.of(withFactor), IPCC, Scope2Method.LOCATION, 2024);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("activity.factor.leak");
            assertThat(p.value()).isEqualTo("5000");
        });
        assertThat(r.inventory().computed()).isEmpty();
    }

    @Test
    void a_grid_year_without_a_factor_names_the_years_the_set_has() {
        var r = calc.compute(List.of(electricity("power", "CN", 2030, "1", "MWh")), GRID, Scope2Method.LOCATION, 2030);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("activity.noFactor.elsewhere");
            assertThat(p.field()).isEqualTo("activities[power].grid");
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.args()).containsExactly("electricity / CN / 2030", "cn-mee-grid",
                    "cn-mee-grid (2021, 2022), cn-mee-nbs-electricity (2021, 2022, 2023)", "electricity / CN");
            // audit B, c14: no set has 2030, so none is said to "have it"
            assertThat(p.message(java.util.Locale.ENGLISH)).contains("set(s) with factors for electricity / CN "
                    + "(the years they have in brackets): cn-mee-grid (2021, 2022)").doesNotContain("have it");
            assertThat(p.message(java.util.Locale.CHINESE)).contains("含有 electricity / CN 因子的因子集（括号内为其已有年份）");
        });
    }

    @Test
    void electricity_against_the_ipcc_set_names_the_set_that_has_the_grid() {
        var r = calc.compute(List.of(electricity("power", "CN", 2022, "1", "MWh")), IPCC, Scope2Method.LOCATION, 2022);
        assertThat(r.problems()).extracting(Problem::key).containsExactly("activity.noFactor.elsewhere");
        assertThat(r.problems().get(0).args().get(2))
                .isEqualTo("cn-mee-grid (2021, 2022), cn-mee-nbs-electricity (2021, 2022, 2023)");
    }

    @Test
    void an_unknown_fuel_says_no_set_has_it() {
        var r = calc.compute(List.of(fuel("f", "unobtainium", "1", "t", null)), IPCC, Scope2Method.LOCATION, 2024);
        assertThat(r.problems()).extracting(Problem::key).containsExactly("activity.noFactor.nowhere");
        assertThat(r.inventory().computed()).isEmpty();
    }

    @Test
    void diesel_in_litres_without_a_density_is_an_error_saying_what_is_missing() {
        var r = calc.compute(List.of(fuel("car", "gas-diesel-oil", "500", "L", null)), IPCC, Scope2Method.LOCATION,
                2024);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("activity.noDensity");
            assertThat(p.args()).containsExactly("L", "gas-diesel-oil", "ipcc-2006", "—");
        });
    }

    @Test
    void a_unit_of_the_wrong_dimension_says_so() {
        var kwhLeak = leak("chiller", "HFC-134a", "12", "kWh");
        var tonnesOfPower = electricity("power", "CN", 2022, "5", "t");
        var r = calc.compute(List.of(kwhLeak, tonnesOfPower), GRID, Scope2Method.LOCATION, 2022);
        assertThat(r.problems()).extracting(Problem::key)
                .containsExactly("activity.wrongDimension", "activity.wrongDimension");
        assertThat(r.problems().get(1).args()).containsExactly("t", "mass", "electricity", "energy");
        // audit B, c14: not "a electricity activity's factor"
        assertThat(r.problems().get(1).message(java.util.Locale.ENGLISH))
                .isEqualTo("unit \"t\" measures mass, but a factor for electricity is per energy; give the amount in a unit of energy");
    }

    @Test
    void an_unknown_factor_set_is_a_problem_of_the_claim() {
        var r = calc.compute(List.of(fuel("f", "natural-gas", "1", "TJ", null)), List.of("defra-2024"),
                Scope2Method.LOCATION, 2024);
        assertThat(r.problems()).extracting(Problem::field).containsExactly("claim.factorSet");
    }
}
