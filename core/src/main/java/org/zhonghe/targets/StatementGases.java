package org.zhonghe.targets;

import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhonghe.targets.ClassificationReason.Kind;
import java.util.List;
import org.zhonghe.targets.StatementWords.Match;

/**
 * The gases a statement's target covers, as §4.3 reads them: "only CO2" or a neutrality word that names
 * CO2 ("CO2 neutral", "net zero CO2", even beside separate action on methane or other gases) is CO2;
 * a greenhouse-gas word (other than "other greenhouse gases") or the word climate neutral is all GHGs,
 * unless the words leave a gas out ("other than biogenic methane": {@link GasCoverage#PART_GHG});
 * CO2 alone is CO2; methane alone is not all GHGs; otherwise unspecified. Clauses that speak only of
 * the peak are left out (China: the peak is CO2, the neutrality's gases are not stated). The sentence of
 * the target decides first ("reduce national CO₂ emissions by 30%" is CO2 whatever another sentence says
 * of greenhouse gases); only when it names no gas are the sentences read that state no other target.
 */
final class StatementGases {
    private static final Pattern GAS_CLAUSE_END = Pattern.compile(
            "(?<!\\d)\\.|\\.(?!\\d)|(?<!\\d),|,(?!\\d)|[;。:!?\\n、]| and ");
    private static final String[] NEUTRALITY = {"net-zero", "zero-carbon", "carbon-neutral", "climate-neutral"};
    private static final String[] TARGET_WORDS = {"reduction", "percent", "peak", "net-zero", "zero-carbon",
            "carbon-neutral", "climate-neutral"};

    private StatementGases() {}

    /**
     * @param end      the end target's neutrality word; {@code null} for a reduction form
     * @param decisive the words that decided the category (the end target, the reduction form); may be null
     */
    static GasCoverage read(StatementText text, StatementWords words, TargetCategory category, Match end,
                            Match decisive, List<ClassificationReason> reasons) {
        String t = text.value();
        Match only = words.first("co2-only", scope(t, words, category));
        if (only != null) {
            return reason(reasons, GasCoverage.CO2, only);
        }
        if (end != null) {
            String near = t.substring(Math.max(0, end.start() - 6), Math.min(t.length(), end.end() + 30));
            Match named = words.first("co2-neutrality", near);
            if (named != null) {
                return reason(reasons, GasCoverage.CO2, named);
            }
        }
        String rest = t;
        if (decisive != null) {
            int[] s = text.fullSentence(decisive.start());
            GasCoverage own = decide(scope(t.substring(s[0], s[1]), words, category), words, category, end, reasons);
            if (own != null) {
                return own;
            }
            rest = withoutOtherTargets(text, words, s);
        }
        GasCoverage found = decide(scope(rest, words, category), words, category, end, reasons);
        if (found != null) {
            return found;
        }
        Match methane = words.first("methane", scope(rest, words, category));
        reasons.add(new ClassificationReason(Kind.GASES, methane == null ? "" : methane.words(),
                methane == null ? "" : methane.language(), GasCoverage.UNSPECIFIED.id()));
        return GasCoverage.UNSPECIFIED;
    }

    /** The gases these words name, {@code null} when they name none. */
    private static GasCoverage decide(String scope, StatementWords words, TargetCategory category, Match end,
                                      List<ClassificationReason> reasons) {
        Match only = words.first("co2-only", scope);
        if (only != null) {
            return reason(reasons, GasCoverage.CO2, only);
        }
        StringBuilder own = new StringBuilder(scope);
        for (Match m : words.find("separate-gases", scope)) {
            for (int i = m.start(); i < m.end(); i++) {
                own.setCharAt(i, ' ');
            }
        }
        Match ghg = words.first("all-ghg", own);
        if (ghg == null && category == TargetCategory.CLIMATE_NEUTRAL && end != null) {
            ghg = end;
        }
        if (ghg != null) {
            Match excluded = words.first("gas-exclusion", scope);
            if (excluded != null) {
                reasons.add(new ClassificationReason(Kind.GAS_EXCLUDED, excluded.words(), excluded.language(),
                        GasCoverage.PART_GHG.id()));
                return GasCoverage.PART_GHG;
            }
            return reason(reasons, GasCoverage.ALL_GHG, ghg);
        }
        Match co2 = words.first("co2", scope);
        if (co2 != null) {
            return reason(reasons, GasCoverage.CO2, co2);
        }
        return null;
    }

    /** The text without the sentences, other than the target's, that state a target of their own. */
    private static String withoutOtherTargets(StatementText text, StatementWords words, int[] decisive) {
        String t = text.value();
        StringBuilder kept = new StringBuilder();
        int start = 0;
        while (start < t.length()) {
            int[] s = text.fullSentence(start);
            int stop = Math.max(s[1], start + 1);
            String sentence = t.substring(start, Math.min(stop, t.length()));
            boolean other = false;
            if (s[0] != decisive[0]) {
                for (String key : TARGET_WORDS) {
                    other |= words.has(key, sentence);
                }
            }
            if (!other) {
                kept.append(sentence).append(" | ");
            }
            start = stop + 1;
        }
        return kept.toString();
    }

    /** The clauses of the text that do not speak only of the peak. */
    private static String scope(String t, StatementWords words, TargetCategory category) {
        List<Match> peaks = words.find("peak", t);
        List<Match> neutral = new ArrayList<>();
        if (category.isNeutrality()) {
            for (String key : NEUTRALITY) {
                neutral.addAll(words.find(key, t));
            }
        }
        StringBuilder relevant = new StringBuilder();
        Matcher ends = GAS_CLAUSE_END.matcher(t);
        int start = 0;
        while (start <= t.length()) {
            int stop = ends.find() ? ends.start() : t.length();
            boolean peakOnly = within(peaks, start, stop) && !within(neutral, start, stop);
            if (!peakOnly) {
                relevant.append(t, start, stop).append(" | ");
            }
            if (stop == t.length()) {
                break;
            }
            start = ends.end();
        }
        return relevant.toString();
    }

    private static boolean within(List<Match> matches, int start, int end) {
        for (Match m : matches) {
            if (m.start() >= start && m.end() <= end) {
                return true;
            }
        }
        return false;
    }

    private static GasCoverage reason(List<ClassificationReason> reasons, GasCoverage gases, Match m) {
        reasons.add(new ClassificationReason(Kind.GASES, m == null ? "" : m.words(), m == null ? "" : m.language(),
                gases.id()));
        return gases;
    }
}
