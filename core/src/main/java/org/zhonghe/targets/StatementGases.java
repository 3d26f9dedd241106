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
 * a greenhouse-gas word (other than "other greenhouse gases") or the word climate neutral is all GHGs;
 * CO2 alone is CO2; methane alone is not all GHGs; otherwise unspecified. Clauses that speak only of
 * the peak are left out (China: the peak is CO2, the neutrality's gases are not stated).
 */
final class StatementGases {
    private static final Pattern GAS_CLAUSE_END = Pattern.compile(
            "(?<!\\d)\\.|\\.(?!\\d)|(?<!\\d),|,(?!\\d)|[;。:!?\\n、]| and ");

    private StatementGases() {}

    static GasCoverage read(StatementText text, StatementWords words, TargetCategory category, Match end,
                            List<ClassificationReason> reasons) {
        String t = text.value();
        List<Match> peaks = words.find("peak", t);
        List<Match> neutral = new ArrayList<>();
        if (category.isNeutrality()) {
            for (String key : new String[] {"net-zero", "zero-carbon", "carbon-neutral", "climate-neutral"}) {
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
        String scope = relevant.toString();
        Match only = words.first("co2-only", scope);
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
        StringBuilder own = new StringBuilder(scope);
        for (Match m : words.find("separate-gases", scope)) {
            for (int i = m.start(); i < m.end(); i++) {
                own.setCharAt(i, ' ');
            }
        }
        Match ghg = words.first("all-ghg", own);
        if (ghg != null) {
            return reason(reasons, GasCoverage.ALL_GHG, ghg);
        }
        if (category == TargetCategory.CLIMATE_NEUTRAL) {
            return reason(reasons, GasCoverage.ALL_GHG, end);
        }
        Match co2 = words.first("co2", scope);
        if (co2 != null) {
            return reason(reasons, GasCoverage.CO2, co2);
        }
        Match methane = words.first("methane", scope);
        reasons.add(new ClassificationReason(Kind.GASES, methane == null ? "" : methane.words(),
                methane == null ? "" : methane.language(), GasCoverage.UNSPECIFIED.id()));
        return GasCoverage.UNSPECIFIED;
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
