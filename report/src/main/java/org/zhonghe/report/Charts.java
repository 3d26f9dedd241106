package org.zhonghe.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.zhonghe.output.Texts;

/**
 * The report's charts as inline SVG, drawn here so that a report needs nothing from outside:
 * a waterfall from emissions to the net balance, and horizontal bars. Values are exact decimals;
 * only the geometry uses {@code double}, and every label prints the exact value.
 */
final class Charts {
    static final int WIDTH = 620;
    private static final String FONT = "font-family=\"DejaVu Sans, Zhonghe CJK, WenQuanYi Zen Hei, Droid Sans Fallback, sans-serif\"";
    private static final String EMISSION = "#b03a2e";
    private static final String REMOVAL = "#1e8449";
    private static final String CREDIT = "#2471a3";
    private static final String OTHER = "#7d3c98";
    private static final String NET_OK = "#1e8449";
    private static final String NET_OVER = "#b03a2e";

    private Charts() {}

    /** One step of a waterfall: a label and the signed change (the first and last are levels). */
    record Step(String label, BigDecimal change, String colour) {}

    /**
     * The waterfall: emissions up, removals and credits down, other effects either way, and the
     * net balance as a bar from zero.
     */
    static String waterfall(String title, String emissions, String removals, String credits, String other,
                            String net, BigDecimal e, BigDecimal r, BigDecimal c, BigDecimal o, boolean withOther) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(emissions, e, EMISSION));
        steps.add(new Step(removals, r.negate(), REMOVAL));
        steps.add(new Step(credits, c.negate(), CREDIT));
        if (withOther) steps.add(new Step(other, o, OTHER));
        BigDecimal netValue = e.subtract(r).subtract(c).add(withOther ? o : BigDecimal.ZERO);
        int height = 270;
        int top = 52;
        int bottom = height - 44;
        int n = steps.size() + 1;
        int slot = (WIDTH - 20) / n;
        int barWidth = (int) (slot * 0.6);
        List<double[]> spans = new ArrayList<>();
        double level = 0;
        double min = 0;
        double max = 0;
        for (Step s : steps) {
            double next = level + s.change().doubleValue();
            spans.add(new double[] {level, next});
            level = next;
            min = Math.min(min, Math.min(level, next));
            max = Math.max(max, Math.max(level, next));
        }
        spans.add(new double[] {0, netValue.doubleValue()});
        min = Math.min(min, netValue.doubleValue());
        max = Math.max(max, netValue.doubleValue());
        double range = max - min == 0 ? 1 : max - min;
        StringBuilder svg = start(title, height);
        double zeroY = y(0, min, range, top, bottom);
        svg.append(line(10, zeroY, WIDTH - 10, zeroY, "#555555", ""));
        for (int i = 0; i < n; i++) {
            boolean isNet = i == n - 1;
            double[] span = spans.get(i);
            String colour = isNet ? (netValue.signum() <= 0 ? NET_OK : NET_OVER) : steps.get(i).colour();
            BigDecimal value = isNet ? netValue : steps.get(i).change();
            String label = isNet ? net : steps.get(i).label();
            double x = 10 + i * slot + (slot - barWidth) / 2.0;
            double y1 = y(Math.max(span[0], span[1]), min, range, top, bottom);
            double y2 = y(Math.min(span[0], span[1]), min, range, top, bottom);
            double h = Math.max(1, y2 - y1);
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"/>", x, y1, barWidth, h, colour));
            if (!isNet && i + 1 < n) {
                double ly = y(span[1], min, range, top, bottom);
                svg.append(line(x + barWidth, ly, x + slot, ly, "#999999", " stroke-dasharray=\"3,3\""));
            }
            double cx = x + barWidth / 2.0;
            svg.append(text(cx, y1 - 6, Texts.grouped(value), "middle", 11, "#222222"));
            svg.append(text(cx, bottom + 18, label, "middle", 12, "#222222"));
        }
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars, one per label; negative values draw no bar. */
    static String bars(String title, List<String> labels, List<BigDecimal> values, String colour) {
        int rowHeight = 26;
        int top = 34;
        int height = top + rowHeight * labels.size() + 10;
        int labelWidth = 150;
        int barArea = WIDTH - labelWidth - 150;
        double max = 0;
        for (BigDecimal v : values) max = Math.max(max, v.doubleValue());
        StringBuilder svg = start(title, height);
        for (int i = 0; i < labels.size(); i++) {
            double y = top + i * rowHeight;
            double v = values.get(i).doubleValue();
            double w = max <= 0 || v <= 0 ? 0 : Math.max(1, barArea * v / max);
            svg.append(text(labelWidth - 8, y + 16, labels.get(i), "end", 12, "#222222"));
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"18\" fill=\"%s\"/>", labelWidth, y + 3, w, colour));
            svg.append(text(labelWidth + w + 6, y + 16, Texts.grouped(values.get(i)), "start", 11, "#222222"));
        }
        return svg.append("</svg>").toString();
    }

    static String emissionColour() {
        return EMISSION;
    }

    private static StringBuilder start(String title, int height) {
        StringBuilder svg = new StringBuilder(2048);
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"%d\" height=\"%d\" "
                        + "viewBox=\"0 0 %d %d\">", WIDTH, height, WIDTH, height));
        svg.append("<title>").append(Html.escape(title)).append("</title>");
        svg.append(text(10, 18, title, "start", 13, "#111111"));
        return svg;
    }

    private static double y(double value, double min, double range, int top, int bottom) {
        return bottom - (value - min) / range * (bottom - top);
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String extra) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>",
                x1, y1, x2, y2, colour, extra);
    }

    private static String text(double x, double y, String s, String anchor, int size, String colour) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" fill=\"%s\" %s>%s</text>",
                x, y, anchor, size, colour, FONT, Html.escape(s));
    }
}
