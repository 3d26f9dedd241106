package org.zhonghe.batch;

import static org.zhonghe.batch.RandomLedgers.AMOUNTS;
import static org.zhonghe.batch.RandomLedgers.BOOLEANS;
import static org.zhonghe.batch.RandomLedgers.GASES;
import static org.zhonghe.batch.RandomLedgers.PRECURSORS;
import static org.zhonghe.batch.RandomLedgers.YEARS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.zhonghe.Gas;
import org.zhonghe.GasFamily;
import org.zhonghe.GwpTable;
import org.zhonghe.MassUnit;
import org.zhonghe.Metric;
import org.zhonghe.assessment.CreditType;
import org.zhonghe.assessment.RemovalKind;

/** The cells of one random row of emissions.csv, removals.csv or credits.csv ({@link RandomLedgers}). */
final class RandomCells {
    private RandomCells() {}

    /** Gases with a value in {@code metric}, and the precursors (which need none). */
    static List<String> gases(Metric metric) {
        GwpTable gwp = GwpTable.bundled();
        List<String> out = new ArrayList<>(Arrays.asList(PRECURSORS));
        for (String g : GASES) {
            Gas gas = gwp.resolve(g).orElse(null);
            if (gas != null && gas.family() != GasFamily.PRECURSOR && gwp.factor(gas, metric).isPresent()) out.add(g);
        }
        return out;
    }

    static List<String> emission(SplittableRandom rnd, List<String> gases) {
        String gas = rnd.nextInt(3) == 0 ? pick(rnd, "CO2", "CO2", " CO2", "CO2 ") : gases.get(rnd.nextInt(gases.size()));
        String biogenic = gas.strip().equals("CO2") ? pick(rnd, "", "", "true", "True", "TRUE", "false", "False", "FALSE", " true")
                : pick(rnd, "", "", "false", "False", "FALSE");
        return List.of(gas, amount(rnd), unit(rnd), pick(rnd, "", "1", "2", "3", "1", "2", "3", " 2", "03", "+1"), biogenic,
                pick(rnd, "", "boilers", "fleet, hall 2", "外购电力", "源".repeat(400), "s".repeat(1000)));
    }

    static List<String> removal(SplittableRandom rnd) {
        RemovalKind kind = pick(rnd, RemovalKind.values());
        String kindText = rnd.nextInt(8) == 0 ? " " + kind.id() : kind.id();
        String managed = kind.removalClass().requiresManagedLand() ? pick(rnd, BOOLEANS) : pick(rnd, "", "", "true", "FALSE");
        return List.of(kindText, amount(rnd), unit(rnd), managed, pick(rnd, "", "increment", "stock", " stock"), pick(rnd, YEARS),
                pick(rnd, "", "", "0", "0.5", "3", "1e2", "123456789012.5", "0.000000000001"), flag(rnd));
    }

    static List<String> credit(SplittableRandom rnd, String entity, int year) {
        String kind = rnd.nextInt(3) == 0 ? "" : pick(rnd, RemovalKind.values()).id();
        return List.of(pick(rnd, "CCER", "VCS", "GS", "Gold Standard", " VCS"), "S-" + pick(rnd, "1", "2", "3", "4", "5", "6", "１", "Ο6") + pick(rnd, "", "", "", " "),
                pick(rnd, CreditType.values()).id() + pick(rnd, "", "", "", " "), kind, pick(rnd, YEARS),
                String.valueOf(pick(rnd, year, year, year - 1, year - 6, year + 1, -5)), amount(rnd), unit(rnd),
                rnd.nextInt(4) == 0 ? pick(rnd, "", "false", "FALSE") : pick(rnd, "true", "True", "TRUE"),
                pick(rnd, entity, entity, entity, "", "someone-else", " " + entity, entity.substring(0, entity.length() - 1) + "x"),
                pick(rnd, "", " " + year + "-03-01", year + "-12-31", (year - 1) + "-06-30", (year + 1) + "-01-02"),
                flag(rnd), flag(rnd), flag(rnd), flag(rnd), pick(rnd, "", "", "CHN", "USA", "IND", " CHN"));
    }

    static String amount(SplittableRandom rnd) {
        return rnd.nextInt(3) == 0 ? pick(rnd, AMOUNTS) : rnd.nextInt(100_000) + "." + rnd.nextInt(1000);
    }

    static String unit(SplittableRandom rnd) {
        return rnd.nextInt(2) == 0 ? pick(rnd, "t", "t", "t", " t", "kg ") : pick(rnd, MassUnit.symbols().split("\\|"));
    }

    static String flag(SplittableRandom rnd) {
        return rnd.nextInt(3) == 0 ? "" : pick(rnd, "true", "True", "TRUE", "false", "False", "FALSE", " FALSE", "true ");
    }

    @SafeVarargs
    static <T> T pick(SplittableRandom rnd, T... values) {
        return values[rnd.nextInt(values.length)];
    }
}
