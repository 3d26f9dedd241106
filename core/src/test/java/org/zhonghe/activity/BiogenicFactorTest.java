package org.zhonghe.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhonghe.activity.Activities.electricity;
import static org.zhonghe.activity.Activities.fuel;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.zhonghe.assessment.Problem;

/**
 * Biogenic CO2 is the CO2 of biomass the entity burns (rules.md §2, {@code BIOGENIC_REPORTED_SEPARATELY}):
 * a factor of gas {@code CO2-biogenic} on bought energy, or on a fuel the IPCC 2006 defaults give fossil
 * CO2 for, is an input error (session 25, audit B c04; before, it took grid electricity and diesel out of
 * the balance).
 */
class BiogenicFactorTest {
    private static ActivityCalculator with(String csv) {
        var parsed = FactorSets.parseUserSet(csv, "user.csv");
        assertThat(parsed.problems()).isEmpty();
        var sets = new HashMap<>(FactorSets.builtIn());
        sets.put("user.csv", FactorSets.userSet("user.csv", parsed.factors()));
        return new ActivityCalculator(sets);
    }

    @Test
    void a_biogenic_factor_on_diesel_or_on_bought_electricity_is_an_input_error() {
        var calc = with("""
                id,activity,fuel,grid,year,gas,value,unit,source
                d,fuel-combustion,gas-diesel-oil,,,CO2-biogenic,74100,kg CO2/TJ,fleet test
                g,electricity,,CN,2022,CO2-biogenic,0.5703,t CO2/MWh,a mislabelled row
                b,fuel-combustion,rice-husk,,,CO2-biogenic,100000,kg CO2/TJ,mill's own test
                """);
        var r = calc.compute(List.of(fuel("diesel", "gas-diesel-oil", "1000", "t", null),
                electricity("power", "CN", 2022, "1000", "MWh")), List.of("user.csv", "ipcc-2006", "cn-mee-grid"),
                Scope2Method.LOCATION, 2022);
        assertThat(r.problems()).extracting(Problem::field, Problem::key).containsExactly(
                org.assertj.core.api.Assertions.tuple("activities[diesel].fuel", "activity.biogenic.notBiomass"),
                org.assertj.core.api.Assertions.tuple("activities[power].grid", "activity.biogenic.notBiomass"));
        assertThat(r.problems().get(0).message(Locale.ENGLISH)).contains("gas-diesel-oil is not a biomass fuel");
        assertThat(r.problems().get(1).message(Locale.CHINESE)).contains("生物源 CO2");
        // wood, whose defaults are biogenic, stays biogenic
        var wood = with("id,activity,fuel,gas,value,unit,source\nw,fuel-combustion,wood-wood-waste,CO2-biogenic,112000,kg CO2/TJ,lab\n")
                .compute(List.of(fuel("boiler", "wood-wood-waste", "1000", "t", null)), List.of("user.csv", "ipcc-2006"),
                        Scope2Method.LOCATION, 2022);
        assertThat(wood.problems()).isEmpty();
        assertThat(wood.inventory().emissions().get(0).biogenic()).isTrue();
    }
}
