package org.zhonghe.activity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The factor sets shipped with Zhonghe (resources {@code org/zhonghe/activity/ID.csv} with
 * {@code ID.properties} for the set's publisher, version, year and licence):
 * <ul>
 *   <li>{@code ipcc-2006}: 2006 IPCC Guidelines for National Greenhouse Gas Inventories, Vol. 2
 *   Energy, Ch. 1 Table 1.2 (net calorific values) and Ch. 2 Tables 2.2 (energy industries) and
 *   2.3 (manufacturing industries and construction);</li>
 *   <li>{@code cn-mee-grid}: China's national average grid emission factor as published by the
 *   Ministry of Ecology and Environment for the national carbon market's reporting (2021, 2022),
 *   t CO2/MWh;</li>
 *   <li>{@code cn-mee-nbs-electricity}: the electricity CO2 emission factors (电力二氧化碳排放因子)
 *   published by the Ministry with the National Bureau of Statistics for electricity consumption
 *   in general: national averages 2021–2023, regional averages 2023, the national average without
 *   market-traded non-fossil power and the fossil-power factor, t CO2/MWh (kg/kWh).</li>
 * </ul>
 */
public final class FactorSets {
    /** The set used when an assessment names none. */
    public static final String DEFAULT = "ipcc-2006";
    private static final List<String> BUILT_IN = List.of("ipcc-2006", "cn-mee-grid", "cn-mee-nbs-electricity");

    /**
     * The sets, read on first use: reading them loads the units library and parses every table
     * (about 35 ms), which a ledger that only names a set need not spend ({@link #isBuiltIn}).
     */
    private static final class Loaded {
        /** Per set, the grid whose factor is the residual mix of a grid (its {@code residualMix.GRID} property). */
        static final Map<String, Map<String, String>> RESIDUAL = new LinkedHashMap<>();
        static final Map<String, FactorSet> SETS = load(RESIDUAL);
    }

    private FactorSets() {}

    /** The built-in sets by id, in a fixed order. */
    public static Map<String, FactorSet> builtIn() {
        return Loaded.SETS;
    }

    public static Optional<FactorSet> builtIn(String id) {
        return Optional.ofNullable(Loaded.SETS.get(id));
    }

    /** Whether {@code id} names a built-in set, without reading the sets. */
    public static boolean isBuiltIn(String id) {
        return BUILT_IN.contains(id);
    }

    /** The built-in sets' ids, in the order of {@link #builtIn()}, without reading the sets. */
    public static List<String> ids() {
        return BUILT_IN;
    }

    /**
     * The grid whose factors in set {@code setId} stand for the residual mix of {@code grid} (the
     * built-in set's property {@code residualMix.GRID}): for a market-based Scope 2, what is not
     * covered by certificates or a supplier's factor (GHG Protocol Scope 2 Guidance). Empty: none.
     */
    public static Optional<String> residualMix(String setId, String grid) {
        return Optional.ofNullable(Loaded.RESIDUAL.getOrDefault(setId, Map.of()).get(grid));
    }

    /** A user's set from the text of its CSV file; its id is the name the assessment gave it. */
    public static FactorSetCsv.Parsed parseUserSet(String text, String file) {
        return FactorSetCsv.parse(text, file);
    }

    /** Wraps a user's factors as a set; it is cited by its file and has the user's own terms. */
    public static FactorSet userSet(String id, List<Factor> factors) {
        return new FactorSet(id, id, "supplied with the assessment", "", "", "the supplier's own terms", factors);
    }

    private static Map<String, FactorSet> load(Map<String, Map<String, String>> residuals) {
        Map<String, FactorSet> sets = new LinkedHashMap<>();
        for (String id : BUILT_IN) {
            Properties meta = new Properties();
            try (InputStream in = resource(id + ".properties")) {
                meta.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                String text = new String(resource(id + ".csv").readAllBytes(), StandardCharsets.UTF_8);
                FactorSetCsv.Parsed parsed = FactorSetCsv.parse(text, id + ".csv");
                if (!parsed.problems().isEmpty()) {
                    throw new IllegalStateException("built-in factor set " + id + ": " + parsed.problems());
                }
                Map<String, String> residual = new LinkedHashMap<>();
                for (String key : meta.stringPropertyNames()) {
                    if (key.startsWith("residualMix.")) residual.put(key.substring("residualMix.".length()), meta.getProperty(key));
                }
                residuals.put(id, Map.copyOf(residual));
                sets.put(id, new FactorSet(id, meta.getProperty("title"), meta.getProperty("publisher"),
                        meta.getProperty("version"), meta.getProperty("year"), meta.getProperty("licence"),
                        parsed.factors()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return java.util.Collections.unmodifiableMap(sets);
    }

    private static InputStream resource(String name) {
        InputStream in = FactorSets.class.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("missing resource org/zhonghe/activity/" + name);
        return in;
    }
}
