package org.zhonghe.assessment;

import java.util.List;

/**
 * A carbon-neutrality management plan: reduction targets and how removals replace offsets.
 *
 * @param reductionTargets  the targets (may be empty)
 * @param removalTransition the transition to removals, as text; may be null
 */
public record Plan(List<ReductionTarget> reductionTargets, String removalTransition) {
    public Plan {
        reductionTargets = List.copyOf(reductionTargets);
    }
}
