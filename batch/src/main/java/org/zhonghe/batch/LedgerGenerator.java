package org.zhonghe.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic multi-entity ledgers (docs/batch.md), the same files for the same seed: a mix of
 * entity types, concepts, profiles and boundaries; gases CO2, CH4, N2O, HFCs, SF6, CO2e, a Montreal gas
 * and biogenic CO2 in three scopes; amounts with three decimals in t and kg; removals of every
 * fate, rejected ones included; credits with duplicated serials, some with conflicting amounts.
 */
public final class LedgerGenerator {
    private static final String[] TYPES = {"organization", "organization", "organization", "city", "product", "event", "individual"};
    private static final String[] CONCEPTS = {"carbon-neutrality", "carbon-neutrality", "ghg-neutrality", "ghg-neutrality",
            "net-zero-co2", "net-zero-ghg", "net-zero-emissions", "climate-neutrality"};
    private static final String[] GASES = {"CO2", "CO2", "CO2", "CO2", "CO2", "CH4", "CH4", "CH4-fossil", "N2O", "N2O",
            "HFC-134a", "HFC32", "SF6", "CO2e", "CO2e", "CFC-11"};
    /** Mostly the IPCC reading, every other profile too (docs/profiles.md). */
    private static final String[] PROFILES = {"ipcc", "ipcc", "ipcc", "ipcc", "iso-14068-1", "sbti-net-zero", "eu-2024-825",
        "cn-large-event", "cn-ets", "pas-2060"};
    /** Five gases of the DuckDB comparison (docs/performance.md). */
    private static final String[] BENCH_GASES = {"CO2", "CH4", "N2O", "HFC134a", "SF6"};
    private static final String[] REMOVALS = {
        "afforestation,%s,t,true,,100,,", "afforestation,%s,t,true,,100,,", "forest-management,%s,t,true,,120,,",
        "forest-management,%s,t,false,,100,,", "natural-land-uptake,%s,t,,,,,", "wind-power,%s,t,,,,,",
        "forest-stock,%s,t,true,stock,100,,", "biochar,%s,t,,,,,", "daccs,%s,t,,,,1.5,", "beccs,%s,t,,,,,",
        "soil-carbon,%s,t,true,,30,,", "mangrove,%s,t,true,,,,", "afforestation,%s,kg,true,,100,,false",
        "crop-biomass,%s,t,,,,,", "macroalgae,%s,t,,,,,"};

    private LedgerGenerator() {}

    /** Writes entities.csv, emissions.csv, removals.csv and credits.csv with about {@code records} rows in all. */
    public static void generate(Path dir, int entities, long records, long seed) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom rnd = new SplittableRandom(seed);
        writeEntities(dir, entities, rnd, false);
        long removals = records * 6 / 100;
        long credits = records * 4 / 100;
        long emissions = records - removals - credits;
        try (Writer w = writer(dir.resolve(EmissionRows.FILE))) {
            w.write("entity,gas,amount,unit,scope,biogenic\n");
            StringBuilder s = new StringBuilder(64);
            for (long i = 0; i < emissions; i++) {
                s.setLength(0);
                String gas = GASES[rnd.nextInt(GASES.length)];
                boolean kg = rnd.nextInt(10) < 4;
                s.append(entity(rnd.nextInt(entities))).append(',').append(gas).append(',');
                amount(s, gas.startsWith("CO2") ? rnd.nextLong(1, 500_000) : rnd.nextLong(1, 20_000), kg);
                s.append(kg ? ",kg," : ",t,").append(1 + rnd.nextInt(3)).append(',');
                if (gas.equals("CO2") && rnd.nextInt(10) == 0) s.append("true");
                w.append(s).append('\n');
            }
        }
        try (Writer w = writer(dir.resolve(RemovalRows.FILE))) {
            w.write("entity,kind,amount,unit,managed,basis,durabilityYears,lifecycleEmissions,inBoundary\n");
            StringBuilder s = new StringBuilder(64);
            for (long i = 0; i < removals; i++) {
                s.setLength(0);
                amount(s, rnd.nextLong(1_000, 3_000_000), false);
                w.append(entity(rnd.nextInt(entities))).append(',')
                        .append(String.format(REMOVALS[rnd.nextInt(REMOVALS.length)], s)).append('\n');
            }
        }
        try (Writer w = writer(dir.resolve(CreditRows.FILE))) {
            w.write("entity,registry,serial,type,durabilityYears,vintage,amount,unit,retired,beneficiary,retiredOn,verified\n");
            List<String> recent = new ArrayList<>();
            StringBuilder s = new StringBuilder(96);
            for (long i = 0; i < credits; i++) {
                s.setLength(0);
                int e = rnd.nextInt(entities);
                String serialAndAmount;
                int dice = rnd.nextInt(20);
                if (dice < 3 && !recent.isEmpty()) { // a copy of a recent serial, for the same entity
                    String[] copy = recent.get(rnd.nextInt(recent.size())).split(";");
                    e = Integer.parseInt(copy[0]);
                    serialAndAmount = dice == 0 ? copy[1] + ",2023," + copy[2] : copy[1] + ",2023,1.000";
                } else {
                    StringBuilder a = new StringBuilder();
                    amount(a, rnd.nextLong(1_000, 20_000_000), false);
                    String serial = "CCER-2023-" + String.format("%09d", i);
                    serialAndAmount = serial + "," + (rnd.nextInt(15) == 0 ? 2026 : 2023) + "," + a;
                    recent.add(e + ";" + serial + ";" + a);
                    if (recent.size() > 64) recent.remove(0);
                }
                String[] sa = serialAndAmount.split(",");
                String type = rnd.nextInt(4) == 0 ? "removal,100" : "avoidance,";
                String beneficiary = rnd.nextInt(25) == 0 ? "someone-else" : entity(e);
                String retired = rnd.nextInt(20) == 0 ? "false" : "true";
                s.append(entity(e)).append(",CCER,").append(sa[0]).append(',').append(type).append(',').append(sa[1])
                        .append(',').append(sa[2]).append(",t,").append(retired).append(',').append(beneficiary)
                        .append(",2024-06-30,true");
                w.append(s).append('\n');
            }
        }
    }

    /**
     * The ledger of the DuckDB comparison: entities.csv (every entity under ghg-neutrality) and
     * emissions.csv with {@code entity,gas,amount,unit,scope}, five gases, 3-decimal amounts in t and kg.
     */
    public static void generateEmissions(Path dir, int entities, long records, long seed) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom rnd = new SplittableRandom(seed);
        writeEntities(dir, entities, rnd, true);
        try (Writer w = writer(dir.resolve(EmissionRows.FILE))) {
            w.write("entity,gas,amount,unit,scope\n");
            StringBuilder s = new StringBuilder(64);
            for (long i = 0; i < records; i++) {
                s.setLength(0);
                boolean kg = rnd.nextBoolean();
                s.append(entity(rnd.nextInt(entities))).append(',').append(BENCH_GASES[rnd.nextInt(BENCH_GASES.length)])
                        .append(',');
                amount(s, rnd.nextLong(1, 10_000_000), kg);
                s.append(kg ? ",kg," : ",t,").append(1 + rnd.nextInt(3)).append('\n');
                w.append(s);
            }
        }
    }

    private static void writeEntities(Path dir, int entities, SplittableRandom rnd, boolean plain) throws IOException {
        try (Writer w = writer(dir.resolve(EntitySpec.FILE))) {
            w.write("entity,type,from,to,scopes,concept,profile,metric\n");
            for (int e = 0; e < entities; e++) {
                String type = plain ? "organization" : TYPES[rnd.nextInt(TYPES.length)];
                String scopes = plain || rnd.nextInt(5) > 0 ? "1|2|3" : "1|2";
                String concept = plain ? "ghg-neutrality" : CONCEPTS[rnd.nextInt(CONCEPTS.length)];
                String metric = plain || rnd.nextInt(10) > 0 ? "AR5-GWP100" : "AR6-GWP100";
                String profile = plain ? "ipcc" : PROFILES[rnd.nextInt(PROFILES.length)];
                w.append(entity(e)).append(',').append(type).append(",2024-01-01,2024-12-31,").append(scopes).append(',')
                        .append(concept).append(',').append(profile).append(',').append(metric).append('\n');
            }
        }
    }

    static String entity(int e) {
        return "E" + String.format("%07d", e);
    }

    /** Thousandths, as a 3-decimal amount. */
    private static void amount(StringBuilder s, long thousandths, boolean kg) {
        long whole = thousandths / 1000;
        long frac = thousandths % 1000;
        s.append(whole).append('.');
        if (frac < 100) s.append('0');
        if (frac < 10) s.append('0');
        s.append(frac);
    }

    private static Writer writer(Path p) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8), 1 << 16);
    }
}
