package org.zhonghe.batch;

import static org.zhonghe.batch.RandomCells.amount;
import static org.zhonghe.batch.RandomCells.credit;
import static org.zhonghe.batch.RandomCells.emission;
import static org.zhonghe.batch.RandomCells.gases;
import static org.zhonghe.batch.RandomCells.pick;
import static org.zhonghe.batch.RandomCells.removal;
import static org.zhonghe.batch.RandomCells.unit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import org.zhonghe.Concept;
import org.zhonghe.GwpTable;
import org.zhonghe.Metric;
import org.zhonghe.assessment.EntityType;
import org.zhonghe.profiles.Profiles;
import org.zhonghe.rules.Profile;

/**
 * Random multi-entity ledgers for the differential tests of issue 15 (check, batch and Spark
 * judge a row the same way), the same ledger for the same seed. Every field of entities.csv,
 * emissions.csv, removals.csv and credits.csv (docs/batch.md) takes its values from lists of
 * spellings and edge values: every entity type (the globe too), boundary, concept, profile and
 * metric; every gas with a value in the entity's metric and every precursor; every scope; zero,
 * tiny, huge and exponent amounts in every unit; every removal kind, basis and credit type and
 * kind; booleans in every spelling and absent; vintages negative and in the future; duplicated
 * serials; good spellings of entities.csv's cells ({@code organisation}, blanks around dates,
 * metrics and scopes, scopes {@code 03|1}) and texts at their length limit (a source of 400
 * three-byte characters, more bytes than the limit but not more characters). With
 * {@code badCells > 0} that share of rows (and of entities' rows) has one cell that no reader
 * accepts: a wrong value or spelling, or a text one character over its field's limit.
 *
 * <p>Each record keeps its cells (the {@code id} first, then the other fields in the order of
 * {@link #EMISSION}, {@link #REMOVAL}, {@link #CREDIT}) and its line in the batch file, so that a
 * test can write one entity's rows as the CSV ledgers of an assessment for {@code zhonghe check}.
 */
public final class RandomLedgers {
    public static final List<String> ENTITY = List.of("entity", "name", "type", "from", "to", "scopes", "concept", "profile", "metric",
            "factorSet", "scope2Method");
    public static final List<String> EMISSION = List.of("id", "gas", "amount", "unit", "scope", "biogenic", "source");
    public static final List<String> REMOVAL = List.of("id", "kind", "amount", "unit", "managed", "basis", "durabilityYears",
            "lifecycleEmissions", "inBoundary");
    public static final List<String> CREDIT = List.of("id", "registry", "serial", "type", "kind", "durabilityYears", "vintage",
            "amount", "unit", "retired", "beneficiary", "retiredOn", "ownBoundary", "international", "verified", "etsCovered",
            "hostCountry");
    public static final List<String> ACTIVITY = List.of("id", "activity", "fuel", "grid", "gas", "amount", "unit", "scope",
            "sector", "year", "factorSet", "factor.value", "factor.unit", "factor.source", "supplierFactor.value",
            "supplierFactor.unit", "supplierFactor.source", "instrument.id", "instrument.kind", "instrument.volume",
            "instrument.unit", "period.from", "period.to");

    /** Decimals every reader accepts: zero, tiny, huge, with exponents, signs and stray zeros. */
    static final String[] AMOUNTS = {"0", "0.0", "1", "12.5", "1200.500", "0.001", "0.000000001", "0.000000000000001",
            "0.0000000000000000000001", "1e3", "1E-7", "2.5e+2", "123456789012345678901234567.891", "9".repeat(50), "7.",
            ".25", "+3", "-0", "007.50", " 42 ", "350.125", "4.646947"};
    static final String[] BOOLEANS = {"true", "True", "TRUE", "false", "False", "FALSE"};
    static final String[] YEARS = {"", "0", "1", "99", "100", "1000", "2147483647"};
    static final String[] BAD_DECIMALS = {"12,5", "\"1,200\"", "lots", "9".repeat(51), "-1", "1e", "0x10", "12;5"};
    static final String[] BAD_BOOLEANS = {"yes", "1", "tru", "no", "T"};
    static final String[] PRECURSORS = {"CO", "NOx", "NO", "NO2", "SO2", "NMVOC", "VOC"};
    static final String[] GASES = {"CO2", "CO2e", "CH4", "CH4-fossil", "N2O", "SF6", "NF3", "HFC-134a", "HFC134a",
            "HFC32", "HFC-23", "CF4", "C2F6", "CFC-11", "HCFC-22", "PFC-14"};
    private static final Metric[] METRICS = {Metric.AR5_GWP100, Metric.AR6_GWP100, Metric.AR4_GWP100, Metric.SAR_GWP100,
            Metric.AR6_GTP100, Metric.AR5_GWP20, Metric.AR6_GWP20};
    private static final String[] FACTOR_SETS = {"", "", "ipcc-2006", "ipcc-2006|cn-mee-grid", "cn-mee-nbs-electricity|ipcc-2006",
            "cn-mee-grid", " cn-mee-grid | ipcc-2006", RandomLedgers.USER_SET + "|ipcc-2006", "ipcc-2006|" + RandomLedgers.USER_SET};
    private static final String[] SCOPES = {"", "1|2|3", "1", "2", "3", "1|2", "2|3", "1|3", "none", " 2 | 1", "03|1", "+2"};
    /** Cells of entities.csv that no reader accepts, by column (wrong values, wrong spellings, texts too long). */
    static final Map<String, String[]> BAD_ENTITY_CELLS = Map.of(
            "name", new String[] {"N".repeat(1001), "名".repeat(1001)},
            "type", new String[] {"company", "Organization", "t".repeat(201)},
            "from", new String[] {"2024-13-01", "2024/01/01", "yesterday"},
            "to", new String[] {"2022-12-31", "2024-02-30", ""},
            "scopes", new String[] {"4", "1|x", "0|2", "all", "1.5"},
            "concept", new String[] {"carbon-neutral", "", "Net-Zero"},
            "profile", new String[] {"iso", "PAS-2060", "p".repeat(201)},
            "metric", new String[] {"AR7-GWP100", "gwp100"},
            "factorSet", new String[] {"ipcc-2006|".repeat(21), "cn-mee-grid," + "x".repeat(200)},
            "scope2Method", new String[] {"residual", "Market"});
    /**
     * A user's factor set beside entities.csv (docs/batch.md), named in the factorSet column of
     * entities and activities: a verifier's diesel (density, NCV, three gases) and clinker
     * factors, and a CO2 factor for natural gas that, named first, replaces IPCC's.
     */
    public static final String USER_SET = "verifier.csv";
    public static final String USER_SET_TEXT = """
            id,activity,fuel,gas,value,unit,source
            diesel-density,fuel-combustion,diesel-fleet,density,0.84,t/m³,"Verifier report 2024-017, table 3, row diesel density"
            diesel-ncv,fuel-combustion,diesel-fleet,NCV,43.0,TJ/Gg,"Verifier report 2024-017, table 3, row diesel NCV"
            diesel-co2,fuel-combustion,diesel-fleet,CO2,74100,kg/TJ,"Verifier report 2024-017, table 3, row diesel CO2"
            diesel-ch4,fuel-combustion,diesel-fleet,CH4,3.9,kg/TJ,"Verifier report 2024-017, table 3, row diesel CH4"
            diesel-n2o,fuel-combustion,diesel-fleet,N2O,3.9,kg/TJ,"Verifier report 2024-017, table 3, row diesel N2O"
            clinker-co2,process,clinker,CO2,0.525,t/t,"Verifier report 2024-017, table 5, row clinker calcination"
            gas-ncv,fuel-combustion,natural-gas,NCV,48.0,TJ/Gg,"Verifier report 2024-017, table 4, row natural gas NCV"
            gas-co2,fuel-combustion,natural-gas,CO2,56100,kg/TJ,"Verifier report 2024-017, table 4, row natural gas CO2"
            """;

    private RandomLedgers() {}

    /** A row of entities.csv, in the order of {@link #ENTITY}; an empty cell is absent. */
    public record Entity(String id, String name, String type, String from, String to, String scopes, String concept,
                         String profile, String metric, String factorSet, String scope2Method) {
        public List<String> cells() {
            return List.of(id, name, type, from, to, scopes, concept, profile, metric, factorSet, scope2Method);
        }
    }

    /**
     * One record of a ledger file: its entity, its line in the batch file, its cells ({@code id}
     * first), and whether the id is written in the batch file (it is optional there).
     */
    public record Row(String entity, long line, List<String> cells, boolean idWritten) {}

    /** How the files are written: LF; CRLF with a BOM (as Excel exports); every cell quoted. */
    public enum Style {
        PLAIN, CRLF_BOM, QUOTED;

        /** A file of these lines (the header first), its columns in an order of their own when {@code shuffle}. */
        public String file(List<List<String>> lines, boolean shuffle) {
            if (!shuffle) return file(lines);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < lines.get(0).size(); i++) order.add(i);
            java.util.Collections.shuffle(order, new java.util.Random(lines.get(0).hashCode()));
            List<List<String>> out = new ArrayList<>();
            for (List<String> l : lines) out.add(order.stream().map(l::get).toList());
            return file(out);
        }

        /** A file of these lines (the header first). */
        public String file(List<List<String>> lines) {
            StringJoiner out = new StringJoiner(this == CRLF_BOM ? "\r\n" : "\n", this == CRLF_BOM ? "\uFEFF" : "",
                    this == CRLF_BOM ? "\r\n" : "\n");
            for (int i = 0; i < lines.size(); i++) out.add(this == QUOTED && i > 0 ? quoted(lines.get(i)) : csv(lines.get(i)));
            return out.toString();
        }
    }

    /** A ledger: the entities, then each file's rows in file order, written in {@code style}. */
    public record Ledger(long seed, Style style, List<Entity> entities, List<Row> emissions, List<Row> removals, List<Row> credits,
                         List<Row> activities) {
        /** The rows of one file ({@code emissions.csv}, …) of one entity, in file order. */
        public List<Row> rows(String file, String entity) {
            return byFile().get(file).stream().filter(r -> r.entity().equals(entity)).toList();
        }

        public Map<String, List<Row>> byFile() {
            return Map.of("emissions.csv", emissions, "removals.csv", removals, "credits.csv", credits, "activities.csv", activities);
        }

        /** The fields of a file after {@code entity}. */
        public static List<String> fields(String file) {
            return switch (file) {
                case "emissions.csv" -> EMISSION;
                case "removals.csv" -> REMOVAL;
                case "credits.csv" -> CREDIT;
                case "activities.csv" -> ACTIVITY;
                default -> throw new IllegalArgumentException("no such ledger file: '" + file + "'");
            };
        }

        /** Writes entities.csv, the ledger files and the user's factor set ({@link #USER_SET}) into {@code dir}. */
        public void write(Path dir) throws IOException {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(USER_SET), USER_SET_TEXT);
            List<List<String>> lines = new ArrayList<>(List.of(ENTITY));
            for (Entity e : entities) lines.add(e.cells());
            Files.writeString(dir.resolve("entities.csv"), style.file(lines, shuffledColumns()));
            for (Map.Entry<String, List<Row>> f : byFile().entrySet()) {
                lines = new ArrayList<>();
                List<String> header = new ArrayList<>(fields(f.getKey()));
                header.add(0, "entity");
                lines.add(header);
                for (Row r : f.getValue()) {
                    List<String> cells = new ArrayList<>(r.cells());
                    if (!r.idWritten()) cells.set(0, "");
                    cells.add(0, r.entity());
                    lines.add(cells);
                }
                Files.writeString(dir.resolve(f.getKey()), style.file(lines, shuffledColumns()));
            }
        }

        /** One entity's rows of {@code file} as the CSV ledger of an assessment ({@code id} first, every id written). */
        public String entityFile(String file, String entity) {
            List<List<String>> lines = new ArrayList<>(List.of(fields(file)));
            for (Row r : rows(file, entity)) lines.add(r.cells());
            return style.file(lines, shuffledColumns());
        }

        /**
         * The same ledger with every entity's serials and certificates its own (the entity's id
         * appended to each serial and certificate id written): no credit or certificate is listed by
         * two entities ({@link SerialClaims}), so each
         * entity's row is what {@code check}, which sees no other entity, gives too; the copies
         * within an entity stay copies.
         */
        public Ledger withOwnSerials() {
            return new Ledger(seed, style, entities, emissions, removals, owned(credits, CREDIT.indexOf("serial")),
                    owned(activities, ACTIVITY.indexOf("instrument.id")));
        }

        /** {@code rows} with the entity's id appended to each cell written in {@code column}. */
        private static List<Row> owned(List<Row> rows, int column) {
            List<Row> out = new ArrayList<>(rows.size());
            for (Row r : rows) {
                List<String> cells = new ArrayList<>(r.cells());
                if (!cells.get(column).isBlank()) cells.set(column, cells.get(column) + "/" + r.entity());
                out.add(new Row(r.entity(), r.line(), List.copyOf(cells), r.idWritten()));
            }
            return out;
        }

        /** Every other ledger has its columns in a shuffled order (a header names them; any order is allowed). */
        public boolean shuffledColumns() {
            return seed % 2 == 0;
        }
    }

    /** One CSV line of cells, quoted where a cell holds a comma or a quote (RFC 4180). */
    public static String csv(List<String> cells) {
        StringJoiner out = new StringJoiner(",");
        for (String c : cells) out.add(c.contains(",") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        return out.toString();
    }

    private static String quoted(List<String> cells) {
        StringJoiner out = new StringJoiner(",");
        for (String c : cells) out.add(c.isEmpty() ? c : "\"" + c.replace("\"", "\"\"") + "\"");
        return out.toString();
    }

    /** A ledger of {@code entities} entities for {@code seed}; {@code badCells} of the rows (0 to 1) have a bad cell. */
    public static Ledger generate(long seed, int entities, double badCells) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Entity> specs = new ArrayList<>();
        List<Row> emissions = new ArrayList<>();
        List<Row> removals = new ArrayList<>();
        List<Row> credits = new ArrayList<>();
        List<Row> activities = new ArrayList<>();
        SplittableRandom act = new SplittableRandom(seed ^ 0x5DEECE66DL); // its own stream: the other files stay as they were
        SplittableRandom odd = new SplittableRandom(seed ^ 0x2545F4914F6CDD1DL); // the rows of noValueRow: its own stream too
        List<Profile> profiles = Profiles.all();
        for (int i = 0; i < entities; i++) {
            String id = "E" + seed + "-" + i;
            Metric metric = pick(rnd, METRICS);
            int year = 2023 + rnd.nextInt(2);
            String type = i % 10 == 0 ? "global" : rnd.nextInt(8) == 0 ? pick(rnd, "organisation", " city")
                    : pick(rnd, EntityType.values()).id();
            Entity spec = new Entity(id, pick(rnd, "", "Acme, Ltd.", "云峰数据中心", "\"Quoted\" Co", "名".repeat(1000)), type,
                    year + "-01-01", pick(rnd, year + "-12-31", year + "-12-31", " " + year + "-12-31"), pick(rnd, SCOPES),
                    pick(rnd, Concept.values()).id(), rnd.nextInt(5) == 0 ? "" : pick(rnd, profiles.toArray(new Profile[0])).id(),
                    metric == Metric.AR5_GWP100 && rnd.nextBoolean() ? "" : metric.id() + pick(rnd, "", "", "", " "),
                    pick(act, FACTOR_SETS), pick(act, "", "", "location", "market", " market"));
            specs.add(rnd.nextDouble() < badCells ? badEntity(rnd, spec) : spec);
            if (specs.get(i) != spec) noValueRow(odd, id, metric, emissions);
            RandomActivities.generate(act, id, year, spec.factorSet(), gases(metric), badCells, activities);
            if (i % 4 == 1) {
                tidy(rnd, id, year, badCells, emissions, removals, credits);
                continue;
            }
            Shape shape = switch (rnd.nextInt(6)) {
                case 0 -> new Shape(0, 0, 0);
                case 1, 2 -> new Shape(1 + rnd.nextInt(6), 0, 0);
                default -> new Shape(rnd.nextInt(7), rnd.nextInt(4), rnd.nextInt(5));
            };
            List<String> gases = gases(metric);
            for (int k = 0; k < shape.emissions(); k++) emissions.add(row(rnd, id, "e" + k, emission(rnd, gases), badCells, EMISSION));
            for (int k = 0; k < shape.removals(); k++) removals.add(row(rnd, id, "r" + k, removal(rnd), badCells, REMOVAL));
            for (int k = 0; k < shape.credits(); k++) credits.add(row(rnd, id, "c" + k, credit(rnd, id, year), badCells, CREDIT));
        }
        return new Ledger(seed, Style.values()[(int) Math.floorMod(seed, 3)], specs, interleave(rnd, emissions), interleave(rnd, removals),
                interleave(rnd, credits), interleave(act, activities));
    }

    /**
     * An entity with a ledger that can balance: a few CO2 and CH4 emissions in Scopes 1 and 2, a
     * large durable removal or retired removal credit with distinct serials, so that the verdicts
     * SUPPORTED and NET_NEGATIVE occur too.
     */
    private static void tidy(SplittableRandom rnd, String id, int year, double badCells, List<Row> emissions, List<Row> removals,
                             List<Row> credits) {
        int n = 1 + rnd.nextInt(3);
        for (int k = 0; k < n; k++) {
            emissions.add(row(rnd, id, "e" + k, List.of(pick(rnd, "CO2", "CO2", "CH4"), rnd.nextInt(500) + "." + rnd.nextInt(1000),
                    pick(rnd, "t", "kg"), pick(rnd, "", "1", "2"), pick(rnd, "", "false", "FALSE"), ""), badCells, EMISSION));
        }
        if (rnd.nextBoolean()) {
            removals.add(row(rnd, id, "r0", List.of(pick(rnd, "afforestation", "reforestation", "daccs", "mangrove"),
                    pick(rnd, "2000", "1e4", "1500.25"), "t", pick(rnd, "true", "True", "TRUE"), "", pick(rnd, "", "100", "1000"), "1.5", pick(rnd, "", "true")),
                    badCells, REMOVAL));
        } else {
            credits.add(row(rnd, id, "c0", List.of("VCS", "VCS-" + id, "removal", pick(rnd, "", "afforestation", "daccs"),
                    pick(rnd, "", "100"), String.valueOf(year), pick(rnd, "3000", "2.5e3", "2.5", "0"), pick(rnd, "t", "kt"),
                    pick(rnd, "true", "True", "TRUE"), id, "", "", "", pick(rnd, "", "true"), "", ""), badCells, CREDIT));
        }
    }

    private record Shape(int emissions, int removals, int credits) {}

    /** The entity with one cell of its row in entities.csv that no reader accepts ({@link #BAD_ENTITY_CELLS}). */
    private static Entity badEntity(SplittableRandom rnd, Entity e) {
        List<String> cells = new ArrayList<>(e.cells());
        String column = pick(rnd, BAD_ENTITY_CELLS.keySet().stream().sorted().toArray(String[]::new));
        cells.set(ENTITY.indexOf(column), pick(rnd, BAD_ENTITY_CELLS.get(column)));
        return new Entity(cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4), cells.get(5), cells.get(6),
                cells.get(7), cells.get(8), cells.get(9), cells.get(10));
    }

    /** The rows of all entities mixed (each entity's own rows keep their order), numbered by their line. */
    private static List<Row> interleave(SplittableRandom rnd, List<Row> rows) {
        List<List<Row>> queues = new ArrayList<>();
        for (Row r : rows) {
            if (queues.isEmpty() || !queues.get(queues.size() - 1).get(0).entity().equals(r.entity())) queues.add(new ArrayList<>());
            queues.get(queues.size() - 1).add(r);
        }
        List<Row> out = new ArrayList<>();
        while (!queues.isEmpty()) {
            int q = rnd.nextInt(queues.size());
            Row r = queues.get(q).remove(0);
            if (queues.get(q).isEmpty()) queues.remove(q);
            out.add(new Row(r.entity(), out.size() + 2, r.cells(), r.idWritten()));
        }
        return out;
    }

    static Row row(SplittableRandom rnd, String entity, String id, List<String> cells, double badCells,
                           List<String> fields) {
        List<String> all = new ArrayList<>(cells);
        all.add(0, id);
        if (rnd.nextDouble() < badCells) {
            int at = 1 + rnd.nextInt(all.size() - 1);
            all.set(at, bad(rnd, fields.get(at)));
        }
        return new Row(entity, 0, List.copyOf(all), rnd.nextInt(4) != 0);
    }

    /** A cell that no reader accepts for {@code field}. */
    private static String bad(SplittableRandom rnd, String field) {
        return switch (field) {
            case "activity" -> pick(rnd, "burning", "Electricity");
            case "fuel" -> pick(rnd, "unobtainium", "diesel");
            case "sector" -> pick(rnd, "power", "Energy");
            case "year" -> pick(rnd, "1800", "20x2", "2022.0");
            case "factor.unit" -> pick(rnd, "t CO2", "kWh/t", "tonnes/MWh");
            case "instrument.volume" -> pick(rnd, "", "-4", "lots");
            case "instrument.unit" -> pick(rnd, "", "t", "MWhs");
            case "period.from", "period.to" -> pick(rnd, "2024-13-01", "yesterday", "2019-01-01", "2030-12-31");
            case "amount", "lifecycleEmissions" -> pick(rnd, BAD_DECIMALS);
            case "biogenic", "managed", "inBoundary", "retired", "ownBoundary", "international", "verified", "etsCovered" ->
                    pick(rnd, BAD_BOOLEANS);
            case "scope" -> pick(rnd, "0", "4", "x", "1.5", "-1", "99999999999");
            case "durabilityYears" -> pick(rnd, "-5", "12.5", "x", "2147483648");
            case "vintage" -> pick(rnd, "20x3", "2023.5", "");
            case "retiredOn" -> pick(rnd, "2024-13-01", "yesterday", "2024/03/01");
            case "hostCountry" -> pick(rnd, "chn", "CN", "CHNA");
            case "gas" -> pick(rnd, "CO3", "", "co2", "G".repeat(201));
            case "source" -> pick(rnd, "s".repeat(1001), "源".repeat(1001));
            case "beneficiary" -> pick(rnd, "b".repeat(201), "受".repeat(201));
            case "unit" -> pick(rnd, "tons", "", "T", "kgs");
            case "kind" -> pick(rnd, "trees", "wind");
            case "type" -> pick(rnd, "offset", "");
            case "basis" -> pick(rnd, "flow", "Stock");
            case "registry", "serial" -> pick(rnd, "", "R".repeat(201));
            default -> pick(rnd, BAD_DECIMALS);
        };
    }

    /**
     * For an entity whose own row is bad, now and then an emission of a gas known to the GWP table
     * but without a value in the entity's metric: check reads the claim's metric when its cells are
     * good whatever else is wrong in the entity's row, and reports {@code gas.noValue}; batch must too.
     */
    private static void noValueRow(SplittableRandom rnd, String id, Metric metric, List<Row> emissions) {
        if (rnd.nextInt(3) == 0) return;
        GwpTable gwp = GwpTable.bundled();
        List<String> without = new ArrayList<>();
        for (String g : new String[] {"NF3", "cC3F6", "HFE7100", "CH2Br2", "C7F16", "HFE254cb2"}) {
            if (gwp.resolve(g).flatMap(gas -> gwp.factor(gas, metric)).isEmpty()) without.add(g);
        }
        if (without.isEmpty()) return;
        emissions.add(new Row(id, 0, List.of("nv", pick(rnd, without.toArray(new String[0])), "1.5", "t", "1", "", ""),
                rnd.nextBoolean()));
    }
}
