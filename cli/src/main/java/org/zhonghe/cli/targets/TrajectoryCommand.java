package org.zhonghe.cli.targets;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhonghe.Decimals;
import org.zhonghe.io.targets.EmissionsSeriesCsv;
import org.zhonghe.targets.EmissionsSeries;
import org.zhonghe.targets.Parsed;
import org.zhonghe.assessment.Problem;
import org.zhonghe.targets.ProblemKind;
import org.zhonghe.targets.Trajectory;
import org.zhonghe.targets.TrajectoryAnalysis;
import org.zhonghe.targets.TrajectoryOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zhonghe trajectory FILE.csv}: has the series peaked, how has its intensity changed, how fast to net zero. */
@Command(name = "trajectory", mixinStandardHelpOptions = true, versionProvider = org.zhonghe.cli.Version.class,
        description = {"Peak, intensity change and linear path to net zero of an emissions series (columns year,emissions[,gdp][,removals]).",
                "排放序列的达峰状态、强度变化与线性净零路径（列：year,emissions[,gdp][,removals]）。"})
public final class TrajectoryCommand extends TargetsCommandBase {
    @Parameters(paramLabel = "FILE.csv", description = "The series, UTF-8 CSV. 排放序列（UTF-8 CSV）。")
    String file;

    @Option(names = "--base-year", paramLabel = "Y", description = "Base year of the intensity change (default: first year). 强度变化基准年。")
    Integer baseYear;

    @Option(names = "--net-zero-year", paramLabel = "Y", description = "Year of net zero, for the linear annual reduction. 净零年份。")
    Integer netZeroYear;

    @Option(names = "--min-decline-years", paramLabel = "N", defaultValue = "5",
            description = "Years the maximum must lie before the last year to count as a peak (default ${DEFAULT-VALUE}). 确认达峰所需的下降年数。")
    int minDeclineYears;

    @Option(names = "--chart", paramLabel = "FILE.svg", description = "Also write an SVG chart with the peak marked. 另存 SVG 图。")
    Path chart;

    @Override
    int run() {
        if (minDeclineYears < 1) {
            return usage(text("usage.min-decline-years", minDeclineYears));
        }
        Parsed<EmissionsSeries> series = Snapshots.readFile(file, EmissionsSeriesCsv::read);
        if (!series.isValid()) {
            return invalid(series.problems());
        }
        Parsed<TrajectoryAnalysis> analysis = Trajectory.analyse(series.value(),
                new TrajectoryOptions(baseYear, netZeroYear, minDeclineYears), file);
        if (!analysis.isValid()) {
            return invalid(analysis.problems());
        }
        TrajectoryAnalysis a = analysis.value();
        if (chart != null) {
            try {
                Files.writeString(chart, TrajectoryChart.svg(series.value(), a, text("chart.title", file), locale()),
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                return invalid(List.of(ProblemKind.FILE_NOT_READABLE.at(chart.toString(), 0, "--chart", String.valueOf(e.getMessage()), "")));
            }
        }
        Map<String, Object> fields = fields(a);
        switch (format) {
            case JSON -> {
                ObjectNode root = JSON.createObjectNode();
                fields.forEach((k, v) -> root.set(k, JSON.valueToTree(v)));
                printJson(root);
            }
            case CSV -> printCsv(List.of(new ArrayList<>(fields.keySet()),
                    fields.values().stream().map(v -> v == null ? "" : v).toList()));
            case TEXT -> text(a);
        }
        return OK;
    }

    /** The result's fields in output order; decimals as plain strings, years as numbers. */
    private Map<String, Object> fields(TrajectoryAnalysis a) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("file", file);
        f.put("firstYear", a.firstYear());
        f.put("lastYear", a.lastYear());
        f.put("peakYear", a.peakYear());
        f.put("peakValue", plain(a.peakValue()));
        f.put("peakStatus", a.peakStatus().name());
        f.put("minDeclineYears", minDeclineYears);
        f.put("maxYear", a.maxYear());
        f.put("maxValue", plain(a.maxValue()));
        f.put("baseYear", a.baseYear());
        f.put("intensityChange", plain(a.intensityChange()));
        f.put("lastNet", plain(a.lastNet()));
        f.put("netZeroYear", a.netZeroYear());
        f.put("linearAnnualReductionToNetZero", plain(a.linearAnnualReductionToNetZero()));
        return f;
    }

    private void text(TrajectoryAnalysis a) {
        TextTable table = new TextTable();
        table.row(text("trajectory.years"), a.firstYear() + "–" + a.lastYear());
        table.row(text("trajectory.peak-status"), text("peak." + a.peakStatus().name(), minDeclineYears));
        table.row(text("trajectory.maximum"), text("trajectory.year-value", a.maxYear(), Decimals.grouped(a.maxValue())));
        table.row(text("trajectory.intensity-change"), a.intensityChange() == null ? text("trajectory.no-gdp")
                : text("trajectory.change-since", percent(a.intensityChange()), a.baseYear()));
        table.row(text("trajectory.last-net"), Decimals.grouped(a.lastNet()));
        table.row(text("trajectory.linear"), a.linearAnnualReductionToNetZero() == null ? text("trajectory.no-net-zero-year")
                : text("trajectory.per-year", Decimals.grouped(a.linearAnnualReductionToNetZero()), a.netZeroYear()));
        table.print(out());
        if (chart != null) {
            out().println(text("trajectory.chart-written", chart));
        }
    }

    /** A ratio change as a signed percentage with one decimal ({@code -0.2345} → {@code -23.5}); display only. */
    static String percent(BigDecimal change) {
        String p = Decimals.plain(Decimals.round(change.movePointRight(2), 1));
        return change.signum() > 0 ? "+" + p : p;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
