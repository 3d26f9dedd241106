package org.zhonghe.targets;

import java.util.List;
import org.zhonghe.targets.ClassificationReason.Kind;
import org.zhonghe.targets.StatementWords.Match;

/** {@link StatementFinding#MISLABELLED_TARGET}: neutrality words for net emissions that are not zero (§3.1). */
final class NeutralityMisuse {
    private NeutralityMisuse() {}

    /**
     * Net emissions at a past year's level, or capped at an amount (§3.1). The net emissions and the level
     * must be in one sentence, and net emissions that are cut ("a 55% reduction in net emissions by 2030
     * compared to 1990 levels") are a reduction target beside the neutrality, not its level.
     */
    static boolean found(StatementText text, StatementWords words, List<ClassificationReason> reasons) {
        String t = text.value();
        Match cap = words.first("amount-cap", t);
        Match why = cap;
        Match net = null;
        if (why == null) {
            for (Match n : words.find("net-emissions", t)) {
                int[] clause = text.clause(n.start());
                String before = t.substring(Math.max(clause[0], n.start() - 30), n.start());
                if (words.has("reduction", before) || words.has("percent", before)) {
                    continue;   // a cut of net emissions, not their level
                }
                int[] sentence = text.sentence(n.start());
                Match level = words.first("past-level", t.substring(sentence[0], sentence[1]));
                if (level != null) {
                    net = n;
                    why = level;
                    break;
                }
            }
        } else {
            net = words.first("net-emissions", t);
        }
        if (why == null) {
            return false;
        }
        String named = net == null ? why.words() : net.words() + " … " + why.words();
        reasons.add(new ClassificationReason(Kind.MISUSE, named, why.language(), StatementFinding.MISLABELLED_TARGET.name()));
        return true;
    }
}
