package org.zhonghe.rules;

import org.zhonghe.assessment.RemovalKind;

/**
 * What the findings read of a counted removal (§4.4.2; {@link Findings}): whether it is BECCS or
 * DACCS without its chain's emissions declared, or a method beyond the paper. Nothing else of a
 * removal — its amount, a rejected removal — reaches a finding; batch engines rely on it to judge
 * entities of emissions and removals once per structure ({@code PreparedClaimTest} holds it).
 */
public final class RemovalFindings {
    /** A counted BECCS removal without its chain's emissions: {@code BECCS_LIFECYCLE_UNDECLARED}. */
    public static final int BECCS_UNDECLARED = 1;
    /** A counted DACCS removal without its chain's emissions: {@code DACCS_LIFECYCLE_UNDECLARED}. */
    public static final int DACCS_UNDECLARED = 2;
    /** A counted removal by a method beyond the paper (biochar, mineral storage): {@code METHOD_BEYOND_PAPER}. */
    public static final int BEYOND_PAPER = 4;

    private RemovalFindings() {}

    /** The findings a counted removal of {@code kind} leads to, as bits of the constants above; 0 for none. */
    public static int of(RemovalKind kind, boolean lifecycleDeclared) {
        int bits = 0;
        if (kind == RemovalKind.BECCS && !lifecycleDeclared) bits |= BECCS_UNDECLARED;
        if (kind == RemovalKind.DACCS && !lifecycleDeclared) bits |= DACCS_UNDECLARED;
        if (kind.isBeyondPaper()) bits |= BEYOND_PAPER;
        return bits;
    }
}
