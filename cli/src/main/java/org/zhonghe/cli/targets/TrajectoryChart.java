package org.zhonghe.cli.targets;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.zhonghe.targets.AnnualEmissions;
import org.zhonghe.targets.EmissionsSeries;
import org.zhonghe.targets.PeakStatus;
import org.zhonghe.Messages;
import org.zhonghe.targets.TrajectoryAnalysis;

/**
 * The series as a standalone SVG line chart: gross emissions (solid), net emissions when the file has
 * removals (dashed), the maximum marked with a circle and labelled as the peak or as "not yet a peak".
 * Pixel positions are presentation only, so they use floating point; the values shown are the exact ones.
 */
final class TrajectoryChart {
    private static final int WIDTH = 800;
    private static final int HEIGHT = 420;
    private static final int LEFT = 70;
    private static final int RIGHT = 30;
    private static final int TOP = 50;
    private static final int BOTTOM = 50;

    private TrajectoryChart() {}

    static String svg(EmissionsSeries series, TrajectoryAnalysis analysis, String title, Locale locale) {
        List<AnnualEmissions> years = series.years();
        boolean net = years.stream().allMatch(y -> y.removals() != null);
        BigDecimal top = analysis.maxValue().signum() > 0 ? analysis.maxValue() : BigDecimal.ONE;
        BigDecimal bottom = net ? years.stream().map(AnnualEmissions::net).reduce(BigDecimal.ZERO, BigDecimal::min)
                : BigDecimal.ZERO;
        int first = analysis.firstYear();
        int span = Math.max(1, analysis.lastYear() - first);
        double range = top.subtract(bottom).doubleValue();
        Function<Integer, Double> x = year -> LEFT + (WIDTH - LEFT - RIGHT) * (year - first) / (double) span;
        Function<BigDecimal, Double> y = v -> TOP + (HEIGHT - TOP - BOTTOM) * (1 - v.subtract(bottom).doubleValue() / range);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.append("  <title>").append(escape(title)).append("</title>\n");
        svg.append("  <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(text(LEFT, 25, 16, title));
        double baseline = y.apply(BigDecimal.ZERO.max(bottom));
        svg.append(line(LEFT, TOP, LEFT, HEIGHT - BOTTOM)).append(line(LEFT, baseline, WIDTH - RIGHT, baseline));
        svg.append(text(LEFT - 8, TOP + 4, 12, top.toPlainString(), "end"));
        svg.append(text(LEFT - 8, baseline + 4, 12, BigDecimal.ZERO.max(bottom).toPlainString(), "end"));
        svg.append(text(LEFT, HEIGHT - BOTTOM + 20, 12, String.valueOf(first), "middle"));
        svg.append(text(WIDTH - RIGHT, HEIGHT - BOTTOM + 20, 12, String.valueOf(analysis.lastYear()), "middle"));
        svg.append(polyline(years, x, y, AnnualEmissions::emissions, "#c0392b", ""));
        if (net) {
            svg.append(polyline(years, x, y, AnnualEmissions::net, "#2471a3", " stroke-dasharray=\"6 4\""));
        }
        double px = x.apply(analysis.maxYear());
        double py = y.apply(analysis.maxValue());
        boolean peaked = analysis.peakStatus() == PeakStatus.PEAKED;
        svg.append(String.format(Locale.ROOT, "  <circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"%s\" stroke=\"black\"/>%n",
                px, py, peaked ? "#f1c40f" : "none"));
        String label = Messages.of(locale).plain(peaked ? "targets.chart.peak" : "targets.chart.maximum",
                String.valueOf(analysis.maxYear()), analysis.maxValue().toPlainString());
        svg.append(text(px, py - 12, 12, label, "middle"));
        svg.append(text(WIDTH - RIGHT, HEIGHT - 12, 11, Messages.of(locale).plain(
                net ? "targets.chart.legend-net" : "targets.chart.legend", analysis.peakStatus().name()), "end"));
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String polyline(List<AnnualEmissions> years, Function<Integer, Double> x,
                                   Function<BigDecimal, Double> y, Function<AnnualEmissions, BigDecimal> value,
                                   String colour, String extra) {
        StringBuilder points = new StringBuilder();
        for (AnnualEmissions a : years) {
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x.apply(a.year()), y.apply(value.apply(a))));
        }
        return "  <polyline fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2\"" + extra + " points=\""
                + points.toString().strip() + "\"/>\n";
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return String.format(Locale.ROOT, "  <line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"black\"/>%n",
                x1, y1, x2, y2);
    }

    private static String text(double x, double y, int size, String content) {
        return text(x, y, size, content, "start");
    }

    private static String text(double x, double y, int size, String content, String anchor) {
        return String.format(Locale.ROOT, "  <text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"%s\">%s</text>%n",
                x, y, size, anchor, escape(content));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
