package org.zhonghe.assessment;

import java.util.List;

/**
 * The other climate effects of an assessment.
 *
 * @param assessed whether they were assessed at all (climate neutrality requires it)
 * @param items    the effects found
 */
public record OtherEffects(boolean assessed, List<OtherEffect> items) {
    public static final OtherEffects NOT_ASSESSED = new OtherEffects(false, List.of());

    public OtherEffects {
        items = List.copyOf(items);
    }
}
