package org.zhonghe;

import java.util.Arrays;
import java.util.Optional;

/**
 * A GWP or GTP metric: the weights that turn a tonne of a gas into tonnes of CO2-equivalent
 * (rules.md §8). The default, {@link #AR5_GWP100}, is the metric of the Paris rulebook
 * (decision 18/CMA.1, annex, para. 37; paper §3.2).
 */
public enum Metric {
    SAR_GWP100("SAR-GWP100", Table.MAIN, "SARGWP100", "IPCC SAR (1995), 100-year GWP"),
    TAR_GWP100("TAR-GWP100", Table.MAIN, "TARGWP100", "IPCC TAR (2001) Table 6.7, 100-year GWP"),
    AR4_GWP100("AR4-GWP100", Table.MAIN, "AR4GWP100", "IPCC AR4 (2007) WGI Table 2.14, 100-year GWP"),
    AR5_GWP100("AR5-GWP100", Table.MAIN, "AR5GWP100", "IPCC AR5 (2013) WGI Ch. 8, 100-year GWP without climate-carbon feedback"),
    AR5_GWP100_CCF("AR5-GWP100-CCF", Table.MAIN, "AR5CCFGWP100", "IPCC AR5 (2013) WGI Ch. 8, 100-year GWP with climate-carbon feedback"),
    AR6_GWP100("AR6-GWP100", Table.MAIN, "AR6GWP100", "IPCC AR6 (2021) WGI Ch. 7 Table 7.SM.7, 100-year GWP"),
    TAR_GWP20("TAR-GWP20", Table.MAIN, "TARGWP20", "IPCC TAR (2001) Table 6.7, 20-year GWP"),
    AR6_GWP20("AR6-GWP20", Table.MAIN, "AR6GWP20", "IPCC AR6 (2021) WGI Table 7.SM.7, 20-year GWP"),
    TAR_GWP500("TAR-GWP500", Table.MAIN, "TARGWP500", "IPCC TAR (2001) Table 6.7, 500-year GWP"),
    AR6_GWP500("AR6-GWP500", Table.MAIN, "AR6GWP500", "IPCC AR6 (2021) WGI Table 7.SM.7, 500-year GWP"),
    AR6_GTP100("AR6-GTP100", Table.MAIN, "AR6GTP100", "IPCC AR6 (2021) WGI Table 7.SM.7, 100-year GTP"),
    AR4_GWP20("AR4-GWP20", Table.USEPA, "GWP20", "IPCC AR4 (2007), 20-year GWP, via USEPA LCIAformatter"),
    AR4_GWP500("AR4-GWP500", Table.USEPA, "GWP500", "IPCC AR4 (2007), 500-year GWP, via USEPA LCIAformatter"),
    AR5_GWP20("AR5-GWP20", Table.USEPA, "GWP20", "IPCC AR5 (2013), 20-year GWP, via USEPA LCIAformatter");

    /** Which bundled table a metric's values come from. */
    public enum Table {
        /** openclimatedata/globalwarmingpotentials (CC0). */ MAIN,
        /** USEPA/LCIAformatter IPCC_GWP_values.csv (MIT). */ USEPA
    }

    /** The metric of the Paris rulebook, 18/CMA.1. */
    public static final Metric DEFAULT = AR5_GWP100;

    private final String id;
    private final Table table;
    private final String column;
    private final String source;

    Metric(String id, Table table, String column, String source) {
        this.id = id;
        this.table = table;
        this.column = column;
        this.source = source;
    }

    /** The id as written in an assessment ({@code AR5-GWP100}). */
    public String id() {
        return id;
    }

    public Table table() {
        return table;
    }

    /** The source column (main table) or Parameter value (USEPA table). */
    public String column() {
        return column;
    }

    /** The report and table the values come from. */
    public String source() {
        return source;
    }

    /** The assessment report of a USEPA metric ({@code AR4}, {@code AR5}). */
    String report() {
        return id.substring(0, 3);
    }

    public static Optional<Metric> fromId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }

    /** The ids, for messages that list what is expected. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(Metric::id).toList());
    }
}
