package org.zhonghe.batch;

import static org.zhonghe.batch.RandomCells.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random rows of activities.csv for {@link RandomLedgers}: fuel burned (IPCC 2006 fuels, in mass
 * and energy units, both sectors), electricity on the Chinese grid (years that the entity's sets
 * have, certificates and supplier factors, both Scope 2 methods), heat, steam and cooling and
 * processes with explicit factors, refrigerant leaks of gases of the entity's metric. With
 * {@code badCells > 0} that share of rows has one cell that no reader accepts (or that names a
 * fuel no set has).
 */
final class RandomActivities {
    private static final String[] FUELS = {"gas-diesel-oil", "natural-gas", "motor-gasoline", "other-bituminous-coal",
            "anthracite", "liquefied-petroleum-gases", "residual-fuel-oil", "lignite"};
    private static final String[] LEAKED = {"HFC-134a", "SF6", "HFC32", "CF4"};

    private RandomActivities() {}

    /** Adds 0 to 3 activities of entity {@code id} (its period starting in {@code year}) to {@code out}. */
    static void generate(SplittableRandom rnd, String id, int year, String factorSet, List<String> gases, double badCells,
                         List<RandomLedgers.Row> out) {
        if (rnd.nextInt(3) != 0) return;
        boolean ipcc = factorSet.isBlank() || factorSet.contains("ipcc-2006");
        boolean grid = factorSet.contains("cn-mee-grid");
        boolean nbs = factorSet.contains("cn-mee-nbs-electricity");
        boolean user = factorSet.contains(RandomLedgers.USER_SET);
        int n = 1 + rnd.nextInt(3);
        for (int k = 0; k < n; k++) {
            String[] c = new String[RandomLedgers.ACTIVITY.size() - 1]; // the cells after id
            java.util.Arrays.fill(c, "");
            switch (rnd.nextInt(6)) {
                case 0 -> fuel(rnd, c, ipcc);
                case 1 -> userFuel(rnd, c, user);
                case 2 -> electricity(rnd, c, grid, nbs);
                case 3 -> bought(rnd, c);
                case 4 -> leak(rnd, c, gases);
                default -> process(rnd, c, user);
            }
            if (rnd.nextInt(4) == 0) { // a meter's months within the period; its first year is the grid's when none is given
                int from = 1 + rnd.nextInt(12);
                set(c, "period.from", year + "-" + String.format("%02d", from) + "-01");
                set(c, "period.to", year + "-" + String.format("%02d", from + rnd.nextInt(13 - from)) + "-28");
            }
            RandomLedgers.Row r = RandomLedgers.row(rnd, id, "a" + k, List.of(c), badCells, RandomLedgers.ACTIVITY);
            out.add(new RandomLedgers.Row(r.entity(), r.line(), r.cells(), true)); // an activity's id names its records

        }
    }

    private static void set(String[] c, String field, String value) {
        c[RandomLedgers.ACTIVITY.indexOf(field) - 1] = value;
    }

    private static String amount(SplittableRandom rnd) {
        return rnd.nextInt(4) == 0 ? pick(rnd, "0", "1e3", "0.001", " 42 ", "007.50", "2.5e+2")
                : rnd.nextInt(100_000) + "." + rnd.nextInt(1000);
    }

    private static void fuel(SplittableRandom rnd, String[] c, boolean ipcc) {
        set(c, "activity", pick(rnd, "fuel-combustion", "fuel-combustion", " fuel-combustion"));
        set(c, "fuel", pick(rnd, FUELS));
        set(c, "amount", amount(rnd));
        set(c, "unit", pick(rnd, "t", "kg", "Gg", "TJ", "GJ", "MWh", "kWh", "tce"));
        set(c, "scope", pick(rnd, "", "1", "3"));
        set(c, "sector", pick(rnd, "", "energy", "manufacturing"));
        if (!ipcc) set(c, "factorSet", "ipcc-2006");
    }

    private static void electricity(SplittableRandom rnd, String[] c, boolean grid, boolean nbs) {
        set(c, "activity", "electricity");
        set(c, "grid", "CN");
        set(c, "amount", amount(rnd));
        set(c, "unit", pick(rnd, "MWh", "kWh", "GJ"));
        set(c, "scope", pick(rnd, "", "2", "3"));
        if (grid) {
            set(c, "year", pick(rnd, "2021", "2022"));
        } else if (nbs) {
            set(c, "year", pick(rnd, "2021", "2022", "2023"));
        } else if (rnd.nextBoolean()) {
            set(c, "factorSet", "cn-mee-nbs-electricity");
            set(c, "year", pick(rnd, "2021", "2022", "2023"));
        } else {
            set(c, "factor.value", pick(rnd, "0.5703", "0.581", "0.000001"));
            set(c, "factor.unit", pick(rnd, "t CO2/MWh", "kg CO2/kWh"));
            set(c, "factor.source", pick(rnd, "supplier's bill 2023", "审定的排放因子, p. 3"));
        }
        if (rnd.nextInt(3) == 0) {
            set(c, "instrument.id", "GEC-" + rnd.nextInt(1_000_000));
            set(c, "instrument.kind", pick(rnd, "", "GEC", "I-REC"));
            set(c, "instrument.volume", amount(rnd));
            set(c, "instrument.unit", pick(rnd, "MWh", "kWh"));
        }
        if (rnd.nextInt(5) == 0) {
            set(c, "supplierFactor.value", pick(rnd, "0.3", "0"));
            set(c, "supplierFactor.unit", "t CO2/MWh");
            set(c, "supplierFactor.source", "supplier's disclosure");
        }
    }

    private static void bought(SplittableRandom rnd, String[] c) {
        set(c, "activity", pick(rnd, "heat", "steam", "cooling"));
        set(c, "amount", amount(rnd));
        set(c, "unit", pick(rnd, "GJ", "MWh", "TJ"));
        set(c, "factor.value", pick(rnd, "0.11", "0.096", "1e-1"));
        set(c, "factor.unit", pick(rnd, "t CO2/GJ", "kg CO2/GJ", "t/GJ"));
        set(c, "factor.source", "heat supplier's statement");
    }

    private static void leak(SplittableRandom rnd, String[] c, List<String> gases) {
        List<String> known = new ArrayList<>();
        for (String g : LEAKED) if (gases.contains(g)) known.add(g);
        set(c, "activity", "refrigerant-leak");
        set(c, "gas", known.isEmpty() ? "CO2" : pick(rnd, known.toArray(new String[0])));
        set(c, "amount", amount(rnd));
        set(c, "unit", pick(rnd, "kg", "t", "g"));
        set(c, "scope", pick(rnd, "", "1", "3"));
    }

    /** Diesel of the user's set (in volume: through its density) when the entity names it, else its own factorSet names it. */
    private static void userFuel(SplittableRandom rnd, String[] c, boolean user) {
        set(c, "activity", "fuel-combustion");
        boolean diesel = rnd.nextInt(3) != 0;
        set(c, "fuel", diesel ? "diesel-fleet" : "natural-gas");
        set(c, "amount", amount(rnd));
        // the set has a density of diesel only
        set(c, "unit", diesel ? pick(rnd, "L", "m³", "m3", "t", "kg", "GJ") : pick(rnd, "t", "kg", "GJ"));
        if (!user || rnd.nextInt(3) == 0) set(c, "factorSet", RandomLedgers.USER_SET);
    }

    private static void process(SplittableRandom rnd, String[] c, boolean user) {
        set(c, "activity", "process");
        set(c, "fuel", "clinker");
        set(c, "amount", amount(rnd));
        set(c, "unit", pick(rnd, "t", "kg"));
        if (user && rnd.nextBoolean()) return; // the user's set has clinker's factor
        set(c, "factor.value", pick(rnd, "0.52", "0.5"));
        set(c, "factor.unit", pick(rnd, "t CO2/t", "kg CO2/kg"));
        set(c, "factor.source", "plant data 2023");
    }
}
