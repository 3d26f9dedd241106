package org.zhonghe.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhonghe.activity.Activities.electricity;
import static org.zhonghe.activity.Activities.fuel;

import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the sets of {@code claim.factorSet} are merged, gas by gas, in their order
 * (docs/activity-data.md, "How a record is computed"): each gas from the first set that has it,
 * and a {@code CO2e} factor standing for every gas.
 */
class FactorSetOrderTest {

    /** The built-in sets and one user's set, {@code name}, read from {@code csv}. */
    private static ActivityCalculator with(String name, String csv) {
        var parsed = FactorSets.parseUserSet(csv, name);
        assertThat(parsed.problems()).isEmpty();
        var sets = new HashMap<>(FactorSets.builtIn());
        sets.put(name, FactorSets.userSet(name, parsed.factors()));
        return new ActivityCalculator(sets);
    }

    /** Each record as {@code ID TONNES}, after checking that nothing went wrong. */
    private static List<String> records(ActivityCalculator.Result r) {
        assertThat(r.problems()).isEmpty();
        return r.inventory().emissions().stream().map(e -> e.id() + " " + e.tonnes().toPlainString()).toList();
    }

    private static final String VERIFIER_CO2E = """
            id,activity,fuel,sector,gas,value,unit,source
            diesel-co2e,fuel-combustion,gas-diesel-oil,energy,CO2e,74400,kg CO2e/TJ,verifier's all-gas factor
            """;

    /**
     * Audit B, c07: a verifier's CO2e factor for diesel, then ipcc-2006. 1000 t = 43.0 TJ ×
     * 74400 kg CO2e/TJ = 3199.2 t CO2e, and nothing else: before, ipcc-2006's CO2 (3186.3 t), CH4
     * (0.129 t) and N2O (0.0258 t) were added on top, 6,395.949 t CO2e in all.
     */
    @Test
    void a_co2e_factor_of_an_earlier_set_stands_for_every_gas_and_later_sets_add_nothing() {
        var r = with("verifier.csv", VERIFIER_CO2E).compute(List.of(fuel("diesel", "gas-diesel-oil", "1000", "t", null)),
                List.of("verifier.csv", "ipcc-2006"), Scope2Method.LOCATION, 2022);
        assertThat(records(r)).containsExactly("diesel.CO2e 3199.2");
        assertThat(r.inventory().computed().get(0).derivation().note()).isNull();
    }

    /** The same for a grid: a CO2e row of the user's set, then cn-mee-grid's CO2 for the same grid and year. */
    @Test
    void a_co2e_grid_factor_is_not_joined_by_a_later_sets_co2() {
        var calc = with("utility.csv", """
                id,activity,grid,year,gas,value,unit,source
                cn-2022,electricity,CN,2022,CO2e,0.6,t CO2e/MWh,utility's all-gas rate 2022
                """);
        var r = calc.compute(List.of(electricity("power", "CN", 2022, "1000", "MWh")), List.of("utility.csv", "cn-mee-grid"),
                Scope2Method.LOCATION, 2022);
        assertThat(records(r)).containsExactly("power.CO2e 600"); // 1000 MWh × 0.6, not + 570.3 t CO2
    }

    /** The other way round: the per-gas factors of the first set stand, and a later CO2e is not added on top. */
    @Test
    void a_later_sets_co2e_is_not_added_on_top_of_gases_already_given() {
        var r = with("verifier.csv", VERIFIER_CO2E).compute(List.of(fuel("diesel", "gas-diesel-oil", "1000", "t", null)),
                List.of("ipcc-2006", "verifier.csv"), Scope2Method.LOCATION, 2022);
        assertThat(records(r)).containsExactly("diesel.CO2 3186.3", "diesel.CH4 0.129", "diesel.N2O 0.0258");
        var sets = new HashMap<>(FactorSets.builtIn());
        sets.put("verifier.csv", FactorSets.userSet("verifier.csv", FactorSets.parseUserSet("""
                id,activity,fuel,gas,value,unit,source
                c,fuel-combustion,gas-diesel-oil,CO2,73000,kg/TJ,verifier's lab report 7
                """, "verifier.csv").factors()));
        sets.put("co2e.csv", FactorSets.userSet("co2e.csv", FactorSets.parseUserSet(VERIFIER_CO2E, "co2e.csv").factors()));
        // the measured CO2 (43 TJ × 73000 kg/TJ = 3139 t), CH4 and N2O from ipcc-2006; co2e.csv's CO2e would count the CO2 again
        var three = new ActivityCalculator(sets).compute(List.of(fuel("diesel", "gas-diesel-oil", "1000", "t", null)),
                List.of("verifier.csv", "co2e.csv", "ipcc-2006"), Scope2Method.LOCATION, 2022);
        assertThat(records(three)).containsExactly("diesel.CO2 3139", "diesel.CH4 0.129", "diesel.N2O 0.0258");
    }

    /**
     * Audit B, c15: a plant's own CO2 factor for its coal, for 2022, named before ipcc-2006. A fuel
     * without a {@code year} looked up only the rows without one, so the plant's row never matched
     * and the IPCC default won without a word (2,440.68 t CO2). The year is now the period's, as for
     * bought energy: 1000 t × 25.8 TJ/Gg = 25.8 TJ × 99500 kg/TJ = 2,567.1 t CO2; CH4 and N2O from
     * ipcc-2006. The activity's explicit year still wins: for 2021 the plant has no row.
     */
    @Test
    void a_fuels_year_specific_row_is_looked_up_for_the_periods_year_unless_the_activity_names_its_own() {
        var calc = with("plant-2022.csv", """
                id,activity,fuel,sector,year,gas,value,unit,source
                coal-co2-2022,fuel-combustion,other-bituminous-coal,energy,2022,CO2,99500,kg/TJ,plant's 2022 report table 4
                """);
        var sets = List.of("plant-2022.csv", "ipcc-2006");
        var coal = fuel("coal", "other-bituminous-coal", "1000", "t", null);
        var r = calc.compute(List.of(coal), sets, Scope2Method.LOCATION, 2022);
        assertThat(records(r)).containsExactly("coal.CO2 2567.1", "coal.CH4 0.0258", "coal.N2O 0.0387");
        assertThat(r.inventory().computed().get(0).derivation().factorIds()).contains("plant-2022.csv coal-co2-2022");
        var claim2022 = new org.zhonghe.assessment.Period(java.time.LocalDate.of(2022, 1, 1),
                java.time.LocalDate.of(2022, 12, 31));
        assertThat(records(calc.compute(List.of(coal), sets, Scope2Method.LOCATION, claim2022)))
                .containsExactly("coal.CO2 2567.1", "coal.CH4 0.0258", "coal.N2O 0.0387");
        // another year of the claim, or the activity's own year 2021: the plant's 2022 row does not apply
        assertThat(records(calc.compute(List.of(coal), sets, Scope2Method.LOCATION, 2023))).first()
                .isEqualTo("coal.CO2 2440.68"); // 25.8 TJ × 94600 kg/TJ (ipcc-2006)
        var in2021 = new Activity("coal", ActivityKind.FUEL_COMBUSTION, "other-bituminous-coal", null, null,
                new java.math.BigDecimal("1000"), Activities.unit("t"), org.zhonghe.assessment.Scope.ONE, null, 2021, null,
                null, null, List.of(), org.zhonghe.assessment.Origin.of("a.yaml", 7));
        assertThat(records(calc.compute(List.of(in2021), sets, Scope2Method.LOCATION, claim2022))).first()
                .isEqualTo("coal.CO2 2440.68");
    }
}
