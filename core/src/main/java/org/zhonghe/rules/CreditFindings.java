package org.zhonghe.rules;

import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.CreditKey;

/**
 * What the findings read of a credit whatever its checks decided ({@link Findings},
 * {@link CreditRules}): whether its serial holds characters that pass for others
 * ({@code SERIAL_CONFUSABLE_CHARACTERS}) and whether it is declared a removal credit of a project
 * that is a reduction ({@code CREDIT_TYPE_MISDECLARED}). A credit the concept does not admit is
 * rejected at check 1 whatever else it says (rules.md §4), and these are all that reaches the
 * outcome of it; batch engines rely on it to judge entities whose credits are not admitted once
 * per structure ({@code PreparedClaimTest} holds it, session 24).
 */
public final class CreditFindings {
    /** A serial with characters that pass for others: {@code SERIAL_CONFUSABLE_CHARACTERS}. */
    public static final int CONFUSABLE = 1;
    /** Declared a removal credit, of a project that is a reduction: {@code CREDIT_TYPE_MISDECLARED}. */
    public static final int MISDECLARED = 2;

    private CreditFindings() {}

    /** The findings {@code c} leads to whether or not it counts, as bits of the constants above; 0 for none. */
    public static int of(Credit c) {
        return (confusable(c) ? CONFUSABLE : 0) | (misdeclared(c) ? MISDECLARED : 0);
    }

    /** {@link #CONFUSABLE} alone (what {@link Findings} asks of every credit). */
    static boolean confusable(Credit c) {
        return CreditKey.isConfusable(c.serial());
    }

    /** {@link #MISDECLARED} alone (what {@link CreditRules} asks of every credit). */
    static boolean misdeclared(Credit c) {
        return c.isMisdeclaredRemoval();
    }
}
