package org.zhonghe.targets;

import java.util.regex.Pattern;
import org.zhonghe.targets.ClassificationReason.Kind;
import org.zhonghe.targets.StatementWords.Match;
import java.util.List;

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
        StringBuilder relevant = new StringBuilder();
        for (String clause : GAS_CLAUSE_END.split(t)) {
            boolean peakOnly = words.has("peak", clause) && !(category.isNeutrality() && neutral(words, clause));
            if (!peakOnly) {
                relevant.append(clause).append(" | ");
            }
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

    private static boolean neutral(StatementWords words, String clause) {
        return words.has("net-zero", clause) || words.has("zero-carbon", clause) || words.has("carbon-neutral", clause)
                || words.has("climate-neutral", clause);
    }

    private static GasCoverage reason(List<ClassificationReason> reasons, GasCoverage gases, Match m) {
        reasons.add(new ClassificationReason(Kind.GASES, m == null ? "" : m.words(), m == null ? "" : m.language(),
                gases.id()));
        return gases;
    }
}
