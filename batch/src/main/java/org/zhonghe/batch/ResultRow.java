package org.zhonghe.batch;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.zhonghe.Concept;
import org.zhonghe.rules.Finding;
import org.zhonghe.rules.FindingCode;
import org.zhonghe.rules.Reason;
import org.zhonghe.rules.Totals;
import org.zhonghe.rules.Verdict;

/**
 * A row of results.csv after the entity's id, written as bytes ({@link EntityResult#HEADER}):
 * {@code ,concept,verdict,emissions,removals,credits,net,not_counted,findings} and the line's end;
 * the amounts as plain decimals, the rows not counted as {@code REASON=count;…} in the order of
 * {@link Reason}, the findings' codes {@code ;}-separated in the order the rules raise them. All
 * ASCII, no cell with a comma. Names are bytes made once, by ordinal.
 */
final class ResultRow {
    private ResultRow() {}

    private static final byte[][] CONCEPT_IDS = Arrays.stream(Concept.values())
            .map(c -> c.id().getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
    private static final byte[][] VERDICT_NAMES = Arrays.stream(Verdict.values())
            .map(v -> v.name().getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
    private static final byte[][] CODE_NAMES = Arrays.stream(FindingCode.values())
            .map(c -> c.name().getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
    private static final byte[][] REASON_NAMES = Arrays.stream(Reason.values())
            .map(r -> r.name().getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);

    /** The whole row after the id, of an evaluation's totals, rows not counted by reason ordinal, and findings. */
    static void write(Concept concept, Verdict verdict, Totals totals, long[] byReason, List<Finding> findings, RowBytes out) {
        head(concept, verdict, out);
        out.plain(totals.emissions()).ascii(',').plain(totals.removals()).ascii(',').plain(totals.credits()).ascii(',')
                .plain(totals.net()).ascii(',');
        boolean first = true;
        for (int reason = 0; reason < byReason.length; reason++) {
            if (byReason[reason] != 0) first = reason(reason, byReason[reason], first, out);
        }
        out.ascii(',');
        for (int i = 0; i < findings.size(); i++) code(findings.get(i).code(), i == 0, out);
        out.ascii('\n');
    }

    /** {@code ,concept,verdict,}: what comes before the amounts. */
    static void head(Concept concept, Verdict verdict, RowBytes out) {
        out.ascii(',').bytes(CONCEPT_IDS[concept.ordinal()]).ascii(',').bytes(VERDICT_NAMES[verdict.ordinal()]).ascii(',');
    }

    /** {@code REASON=n} of the reason of ordinal {@code reason}, after a {@code ;} unless {@code first}; returns false. */
    static boolean reason(int reason, long n, boolean first, RowBytes out) {
        if (!first) out.ascii(';');
        out.bytes(REASON_NAMES[reason]).ascii('=').digits(n);
        return false;
    }

    /** The code's name, after a {@code ;} unless {@code first}. */
    static void code(FindingCode code, boolean first, RowBytes out) {
        if (!first) out.ascii(';');
        out.bytes(CODE_NAMES[code.ordinal()]);
    }
}
