package org.zhonghe.batch;

import org.zhonghe.rules.Reason;

/**
 * The reasons of the classifier's slots of rows not counted ({@link Classifier#reason}, which locks),
 * read once when an evaluation is made — every slot once the ledger is read, as it is before
 * entities are evaluated; a later one is asked for — and the rows not counted by slot added up and
 * written by reason. Moved out of {@link EntityEvaluation} in session 23, unchanged.
 */
final class ReasonSlots {
    /** {@link Reason#values()} once: each call of it makes a new array. */
    private static final Reason[] REASONS = Reason.values();
    private final Classifier classifier;
    private final Reason[] reasonOfSlot;
    /** The slots of {@link #reasonOfSlot}, in the order of their reasons (stable). */
    private final int[] slotsInReasonOrder;

    ReasonSlots(Classifier classifier) {
        this.classifier = classifier;
        reasonOfSlot = new Reason[classifier.reasons()];
        for (int slot = 0; slot < reasonOfSlot.length; slot++) reasonOfSlot[slot] = classifier.reason(slot);
        slotsInReasonOrder = java.util.stream.IntStream.range(0, reasonOfSlot.length).boxed()
                .sorted(java.util.Comparator.comparingInt(slot -> reasonOfSlot[slot].ordinal()))
                .mapToInt(Integer::intValue).toArray();
    }

    /** The slots known when made. */
    int known() {
        return reasonOfSlot.length;
    }

    Reason reason(int slot) {
        return slot < reasonOfSlot.length ? reasonOfSlot[slot] : classifier.reason(slot);
    }

    /** The counts by slot added up by reason into {@code byReason} (by ordinal of {@link Reason}), which it returns. */
    long[] byReason(long[] notCounted, long[] byReason) {
        for (int slot = 0; slot < notCounted.length; slot++) {
            if (notCounted[slot] != 0) byReason[reason(slot).ordinal()] += notCounted[slot];
        }
        return byReason;
    }

    /**
     * The rows not counted, from their counts by slot, as {@link ResultRow#write} writes them ({@code REASON=count;…}
     * in the order of {@link Reason}), as bytes (no String, no array: asked for nearly every entity
     * of a ledger whose rows are not all counted): the slots in the order of their reasons, made
     * once, so that one pass adds up the slots of a reason.
     */
    void write(long[] notCounted, RowBytes out) {
        if (notCounted.length <= slotsInReasonOrder.length) {
            int current = -1;
            long n = 0;
            boolean first = true;
            for (int slot : slotsInReasonOrder) {
                if (slot >= notCounted.length || notCounted[slot] == 0) continue;
                int reason = reasonOfSlot[slot].ordinal();
                if (reason != current && n != 0) {
                    first = ResultRow.reason(current, n, first, out);
                    n = 0;
                }
                current = reason;
                n += notCounted[slot];
            }
            if (n != 0) ResultRow.reason(current, n, first, out);
            return;
        }
        boolean first = true; // a slot found after this evaluation was made: the long way
        for (int reason = 0; reason < REASONS.length; reason++) {
            long n = 0;
            for (int slot = 0; slot < notCounted.length; slot++) {
                if (notCounted[slot] != 0 && reason(slot).ordinal() == reason) n += notCounted[slot];
            }
            if (n != 0) first = ResultRow.reason(reason, n, first, out);
        }
    }
}
