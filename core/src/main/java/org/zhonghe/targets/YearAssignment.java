package org.zhonghe.targets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhonghe.targets.StatementWords.Match;

/**
 * Which target, peak or reduction amount each candidate year of a statement belongs to: the nearest
 * one in its sentence, by characters, plus 1 000 when a word stands on the unusual side of its year for
 * its language ("net zero by 2050", 2060年前碳中和), 500 when a conjunction stands between them (in "60% in
 * FY 2035 and 73% in FY 2040", 2035 is the 60%'s) and 100 000 when a clause ends between them. A year
 * never goes to a word of another sentence ("a new climate change policy for 2050. … towards a net zero
 * carbon" gives the net zero no year).
 */
final class YearAssignment {
    private record Anchor(Match match, String side) {}

    private record Claim(int year, long cost) {}

    /** The cost of a year in another sentence than the word: it never goes there. */
    private static final long NEVER = Long.MAX_VALUE;

    private final Map<Match, Claim> byAnchor = new HashMap<>();
    private final Map<Match, List<int[]>> allByAnchor = new HashMap<>();
    private final List<int[]> peakFree = new ArrayList<>();
    private final StatementText text;
    private Claim peak;

    private final StatementWords words;

    private YearAssignment(StatementText text, StatementWords words) {
        this.text = text;
        this.words = words;
    }

    static YearAssignment of(StatementText text, StatementWords words, StatementYears years, List<Match> neutrality,
                             List<Match> peaks, List<Match> amounts) {
        YearAssignment a = new YearAssignment(text, words);
        List<Anchor> anchors = new ArrayList<>();
        neutrality.forEach(m -> anchors.add(new Anchor(m, words.yearSide(m.language()))));
        peaks.forEach(m -> anchors.add(new Anchor(m, words.yearSide(m.language()))));
        amounts.forEach(m -> anchors.add(new Anchor(m, "any")));
        for (int[] year : years.candidates()) {
            Anchor best = null;
            long bestCost = Long.MAX_VALUE;
            for (Anchor anchor : anchors) {
                long c = a.cost(year, anchor.match(), anchor.side());
                if (c < bestCost && c != NEVER) {
                    bestCost = c;
                    best = anchor;
                }
            }
            int value = text.year(year);
            if (best == null) {
                a.peakFree.add(year);
                continue;
            }
            Claim claim = new Claim(value, bestCost);
            if (peaks.contains(best.match())) {
                if (a.peak == null || bestCost < a.peak.cost()) {
                    a.peak = claim;
                }
                continue;
            }
            a.peakFree.add(year);
            a.allByAnchor.computeIfAbsent(best.match(), k -> new ArrayList<>()).add(year);
            Claim held = a.byAnchor.get(best.match());
            if (held == null || bestCost < held.cost()) {
                a.byAnchor.put(best.match(), claim);
            }
        }
        return a;
    }

    /** The year of this target word or amount, {@code null} when no year is nearest to it. */
    Integer of(Match anchor) {
        Claim c = byAnchor.get(anchor);
        return c == null ? null : c.year();
    }

    /** Every year nearest to this word, in text order (spans); empty when none. */
    List<int[]> allOf(Match anchor) {
        return allByAnchor.getOrDefault(anchor, List.of());
    }

    /** The year emissions are to peak, {@code null} when no peak is stated with a year. */
    Integer peakYear() {
        return peak == null ? null : peak.year();
    }

    /** For a reduction form: the year (not a peak's) nearest to its words, its reduction verbs and amounts. */
    Integer nearestTo(StatementWords words, TargetCategory category, StatementText statement) {
        String t = statement.value();
        List<Match> anchors = new ArrayList<>(words.find("reduction", t));
        anchors.addAll(words.find("percent", t));
        String key = switch (category) {
            case BASELINE_REDUCTION -> "baseline";
            case INTENSITY_REDUCTION -> "intensity";
            case OTHER -> "other-form";
            case NET_ZERO, ZERO_CARBON, CARBON_NEUTRAL, CLIMATE_NEUTRAL, ABSOLUTE_REDUCTION, NONE -> "reduction";
        };
        anchors.addAll(words.find(key, t));
        Integer best = null;
        long bestCost = Long.MAX_VALUE;
        for (int[] year : peakFree) {
            for (Match m : anchors) {
                long c = cost(year, m, "any");
                if (c < bestCost && c != NEVER) {
                    bestCost = c;
                    best = text.year(year);
                }
            }
        }
        return best;
    }

    private long cost(int[] year, Match anchor, String side) {
        boolean anchorAfter = anchor.start() >= year[1];
        int from = anchorAfter ? year[1] : anchor.end();
        int to = anchorAfter ? anchor.start() : year[0];
        long distance = Math.max(0, to - from);
        if ((side.equals("before") && anchorAfter) || (side.equals("after") && !anchorAfter)) {
            distance += 1_000;
        }
        if (text.sentenceEndBetween(from, to)) {
            return NEVER;
        }
        if (text.clauseEndBetween(from, to)) {
            distance += 100_000;
        }
        if (words.has("conjunction", text.value().substring(Math.min(from, to), to))) {
            distance += 500;
        }
        return distance;
    }
}
