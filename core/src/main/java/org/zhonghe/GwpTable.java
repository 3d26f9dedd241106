package org.zhonghe;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The GWP table bundled with Zhonghe (rules.md §8): weights in t CO2e per t of gas, as the
 * published decimals (AR6 CH4 fossil 29.8 stays 29.8).
 *
 * <p>Sources, shipped beside the table as resources under {@code org/zhonghe/gwp/}:
 * {@code globalwarmingpotentials.csv} (openclimatedata, CC0), {@code ipcc-gwp-values.csv}
 * (USEPA LCIAformatter, MIT) for AR4-GWP20, AR4-GWP500 and AR5-GWP20, and
 * {@code ch4-by-origin.csv} (IPCC AR5 Table 8.A.1, AR6 Table 7.15; rows of high confidence only)
 * for {@code CH4-fossil} and {@code CH4-non-fossil}. CO2 always weighs 1.
 */
public final class GwpTable {
    private static final String BASE = "/org/zhonghe/gwp/";
    private static final Optional<Gas> CO2 = Optional.of(Gas.CO2);
    private static final GwpTable BUNDLED = load();

    /**
     * species → metric → weight; only cells that have a value. The metrics of the USEPA file
     * ({@link Metric.Table#USEPA}) are read from it on first use ({@link Usepa}): it is most of
     * the bundled text, and most runs weigh in AR5 or AR6 GWP100 alone.
     */
    private final Map<String, Map<Metric, BigDecimal>> weights;
    /** The species that take USEPA values (those of the main table but CO2). */
    private final java.util.Set<String> usepaSpecies;
    private volatile Map<String, Map<Metric, BigDecimal>> all;

    private GwpTable(Map<String, Map<Metric, BigDecimal>> weights, java.util.Set<String> usepaSpecies) {
        this.weights = weights;
        this.usepaSpecies = usepaSpecies;
    }

    /** The USEPA file, read on first use. */
    private static final class Usepa {
        static final UsepaIndex INDEX = UsepaIndex.of(read("ipcc-gwp-values.csv", false));
    }

    /** The bundled table (loaded once). */
    public static GwpTable bundled() {
        return BUNDLED;
    }

    /**
     * The gas a ledger names: the table's species matched whole ({@code HFC143} is not
     * {@code HFC143a}), else the name with its hyphens removed ({@code HFC-134a} → {@code HFC134a}).
     * {@code CO2} and {@code CO2e} are always known, and so are the precursors of
     * {@link GasFamily#PRECURSORS} (no weight: reported, never balanced).
     */
    public Optional<Gas> resolve(String written) {
        if (written.equals("CO2")) return CO2;
        Optional<Gas> seen = resolved.get(written);
        if (seen != null) return seen;
        Optional<Gas> gas = read(written);
        if (resolved.size() < 1024) resolved.put(written, gas);
        return gas;
    }

    /** The gases named so far, by their names as written (a ledger names a few, again and again); at most 1,024. */
    private final Map<String, Optional<Gas>> resolved = new java.util.concurrent.ConcurrentHashMap<>();

    private Optional<Gas> read(String written) {
        if (written.equals("CO2e")) return Optional.of(Gas.CO2E);
        if (GasFamily.PRECURSORS.contains(written)) return Optional.of(Gas.of(written));
        if (weights.containsKey(written)) return Optional.of(Gas.of(written));
        String bare = written.replace("-", "");
        return weights.containsKey(bare) ? Optional.of(Gas.of(bare)) : Optional.empty();
    }

    /**
     * The gases of the Kyoto basket by their common names in English and Chinese (IPCC AR5 WGI
     * Table 8.A.1 names; the Chinese of China's national GHG inventory), for hints.
     */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("carbondioxide", "CO2"), Map.entry("二氧化碳", "CO2"),
            Map.entry("methane", "CH4"), Map.entry("甲烷", "CH4"),
            Map.entry("nitrousoxide", "N2O"), Map.entry("dinitrogenoxide", "N2O"), Map.entry("氧化亚氮", "N2O"),
            Map.entry("sulfurhexafluoride", "SF6"), Map.entry("sulphurhexafluoride", "SF6"), Map.entry("六氟化硫", "SF6"),
            Map.entry("nitrogentrifluoride", "NF3"), Map.entry("三氟化氮", "NF3"));

    /**
     * A known species for a gas written wrongly, for hints: one that differs from {@code written}
     * only in case, hyphens or spaces, or whose common name it is ({@code methane} → CH4,
     * {@code 甲烷} → CH4); empty when none.
     */
    public Optional<String> suggest(String written) {
        String key = written.replace("-", "").replace(" ", "").replace("_", "").toLowerCase(Locale.ROOT);
        if (key.equals("co2")) return Optional.of("CO2");
        if (key.equals("co2e")) return Optional.of("CO2e");
        if (NAMES.containsKey(key)) return Optional.of(NAMES.get(key));
        return weights.keySet().stream()
                .filter(s -> s.replace("-", "").toLowerCase(Locale.ROOT).equals(key))
                .findFirst();
    }

    /** CO2's and CO2e's weight in every metric, made once: {@link #factor} is asked for every record. */
    private static final Optional<BigDecimal> WEIGHT_ONE = Optional.of(BigDecimal.ONE);

    /** The weight of a gas in a metric, in t CO2e per t; empty where the metric has no value (and for precursors). */
    public Optional<BigDecimal> factor(Gas gas, Metric metric) {
        if (gas.family() == GasFamily.CO2 || gas.family() == GasFamily.CO2E) {
            return WEIGHT_ONE;
        }
        if (gas.family() == GasFamily.PRECURSOR) return Optional.empty();
        BigDecimal w = weight(gas.id(), metric);
        if (w == null && gas.id().startsWith("CH4-")) {
            w = weight("CH4", metric);
        }
        return Optional.ofNullable(w);
    }

    private BigDecimal weight(String species, Metric metric) {
        Map<Metric, BigDecimal> row = weights.get(species);
        BigDecimal w = row == null ? null : row.get(metric);
        if (w == null && metric.table() == Metric.Table.USEPA && usepaSpecies.contains(species)) {
            w = Usepa.INDEX.value(species, metric).orElse(null);
        }
        return w;
    }

    /** Every species of the table in table order (CO2 first), with the weights it has. */
    public Map<String, Map<Metric, BigDecimal>> rows() {
        Map<String, Map<Metric, BigDecimal>> rows = all;
        if (rows == null) {
            Map<String, Map<Metric, BigDecimal>> merged = new LinkedHashMap<>();
            for (Map.Entry<String, Map<Metric, BigDecimal>> e : weights.entrySet()) {
                EnumMap<Metric, BigDecimal> row = new EnumMap<>(Metric.class);
                row.putAll(e.getValue());
                if (usepaSpecies.contains(e.getKey())) {
                    for (Metric m : Metric.values()) {
                        if (m.table() == Metric.Table.USEPA) Usepa.INDEX.value(e.getKey(), m).ifPresent(v -> row.put(m, v));
                    }
                }
                merged.put(e.getKey(), Collections.unmodifiableMap(row));
            }
            all = rows = Collections.unmodifiableMap(merged);
        }
        return rows;
    }

    private static GwpTable load() {
        Map<String, Map<Metric, BigDecimal>> w = new LinkedHashMap<>();
        EnumMap<Metric, BigDecimal> co2 = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) co2.put(m, BigDecimal.ONE);
        w.put("CO2", co2);
        for (CSVRecord r : read("globalwarmingpotentials.csv", true)) {
            EnumMap<Metric, BigDecimal> row = new EnumMap<>(Metric.class);
            for (Metric m : Metric.values()) {
                if (m.table() == Metric.Table.MAIN) putIfValue(row, m, r.get(m.column()));
            }
            w.put(r.get("Species"), row);
        }
        List<String> usepaSpecies = new ArrayList<>(w.keySet());
        usepaSpecies.remove("CO2");
        w.put("CH4-fossil", new EnumMap<>(Metric.class));
        w.put("CH4-non-fossil", new EnumMap<>(Metric.class));
        for (CSVRecord r : read("ch4-by-origin.csv", true)) {
            if (!r.get("confidence").equals("high")) continue;
            String species = r.get("species");
            String gas = species.contains("non-fossil") ? "CH4-non-fossil"
                    : species.contains("fossil") ? "CH4-fossil" : null;
            Optional<Metric> metric = originMetric(r.get("report"), r.get("metric"));
            if (gas != null && metric.isPresent()) {
                w.get(gas).put(metric.get(), new BigDecimal(r.get("value")));
            }
        }
        return new GwpTable(w, java.util.Set.copyOf(usepaSpecies));
    }

    private static Optional<Metric> originMetric(String report, String metric) {
        String m = switch (metric) {
            case "GWP100_no_cc_feedback" -> "GWP100";
            case "GWP100_with_cc_feedback" -> "GWP100-CCF";
            default -> metric;
        };
        return Metric.fromId(report + "-" + m);
    }

    /**
     * The USEPA rows by (report, parameter): a species matches by name without hyphens, else by
     * formula (the first such row in file order, so generic methane before fossil methane).
     */
    private record UsepaIndex(Map<String, String> byName, Map<String, String> byFormula) {
        static UsepaIndex of(List<CSVRecord> rows) {
            Map<String, String> byName = new HashMap<>();
            Map<String, String> byFormula = new HashMap<>();
            for (CSVRecord r : rows) {
                String prefix = r.get("AR") + "/" + r.get("Parameter") + "/";
                byName.putIfAbsent(prefix + r.get("Name").replace("-", ""), r.get("Value"));
                byFormula.putIfAbsent(prefix + r.get("Formula"), r.get("Value"));
            }
            return new UsepaIndex(byName, byFormula);
        }

        Optional<BigDecimal> value(String species, Metric m) {
            String prefix = m.report() + "/" + m.column() + "/";
            String cell = byName.containsKey(prefix + species) ? byName.get(prefix + species) : byFormula.get(prefix + species);
            return cell == null ? Optional.empty() : GwpTable.value(cell);
        }
    }

    private static Optional<BigDecimal> value(String cell) {
        String v = cell.trim();
        return v.isEmpty() || v.equals("(no data)") ? Optional.empty() : Optional.of(new BigDecimal(v));
    }

    private static void putIfValue(Map<Metric, BigDecimal> row, Metric m, String cell) {
        value(cell).ifPresent(v -> row.put(m, v));
    }

    private static List<CSVRecord> read(String name, boolean comments) {
        try (InputStream in = GwpTable.class.getResourceAsStream(BASE + name)) {
            if (in == null) throw new IllegalStateException("bundled resource missing: " + BASE + name);
            CSVFormat.Builder format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true);
            if (comments) format.setCommentMarker('#');
            return new ArrayList<>(format.get().parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
