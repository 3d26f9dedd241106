package org.zhonghe.activity;

import java.util.Locale;
import java.util.Set;

/**
 * The market of a certificate or a grid, for the GHG Protocol Scope 2 Guidance's Quality Criterion 5
 * (an instrument is "sourced from the same market in which the reporting entity's electricity
 * consuming operations are located"). A market is a country, by its ISO 3166 code (the part of a
 * grid's id before its first hyphen: {@code CN-North} is in {@code CN}), except two markets that
 * span countries, as RE100 draws them (RE100 market boundary criteria, 2019; Technical Criteria
 * v4.1, December 2022):
 * <ul>
 *   <li>the United States and Canada, one market;</li>
 *   <li>the single market for renewable electricity in Europe: countries in the EU single market,
 *       members of the Association of Issuing Bodies, grid-connected to another such country.
 *       The 2022 revision took out Bulgaria, Cyprus, Ireland, Malta, Poland, Romania, Serbia and
 *       the United Kingdom; Iceland was never in (no interconnection). Switzerland and the
 *       microstates are left out here (Zhonghe's reading of "the EU single market": verify).</li>
 * </ul>
 * Read from secondary summaries of the RE100 documents (verify against the primary text).
 */
public final class Markets {
    private Markets() {}

    static final String NORTH_AMERICA = "US+CA";
    static final String EUROPE = "EU-single-market";
    private static final Set<String> NORTH_AMERICAN = Set.of("US", "CA");
    private static final Set<String> EUROPEAN = Set.of("AT", "BE", "HR", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU",
            "IT", "LV", "LT", "LU", "NL", "PT", "SK", "SI", "ES", "SE", "NO");

    /** The market of a certificate's market or a grid as written ({@code CN}, {@code US-WECC}, {@code de}). */
    public static String of(String written) {
        String t = written.strip().toUpperCase(Locale.ROOT);
        if (t.equals(EUROPE.toUpperCase(Locale.ROOT)) || t.equals("EU")) return EUROPE;
        if (t.equals(NORTH_AMERICA)) return NORTH_AMERICA;
        int dash = t.indexOf('-');
        String country = dash < 0 ? t : t.substring(0, dash);
        if (NORTH_AMERICAN.contains(country)) return NORTH_AMERICA;
        if (EUROPEAN.contains(country)) return EUROPE;
        return country;
    }

    /** Whether a certificate of {@code market} may cover consumption on {@code grid}. */
    public static boolean same(String market, String grid) {
        return of(market).equals(of(grid));
    }
}
