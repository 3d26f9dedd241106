package org.zhonghe.batch;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.zhonghe.Concept;
import org.zhonghe.Decimals;
import org.zhonghe.rules.CreditFindings;
import org.zhonghe.rules.PreparedClaim;
import org.zhonghe.rules.Profile;
import org.zhonghe.rules.Reason;
import org.zhonghe.rules.RemovalFindings;
import org.zhonghe.rules.RemovalRules;
import org.zhonghe.rules.Totals;

/**
 * Entities of emissions and removals alone (no credit the concept admits, no activity), written
 * without evaluating each whole (session 23; session 24: with credits their concept does not
 * admit, which are each rejected whatever they say, {@link PreparedClaim#creditsNotAdmitted}).
 * The core judges a removal by its kind and declarations under the profile, never its amount
 * ({@link RemovalRules#reason}); and the verdict and findings of such an entity read its removals
 * only through the net's sign ({@link PreparedClaim#emissionsAndRemovalsOnly}) and the findings its
 * counted removals lead to ({@link RemovalFindings}), its credits not admitted only through
 * {@link CreditFindings} — {@code PreparedClaimTest} holds both. So each removal group is judged
 * once per rule and key, and the verdict and codes are prepared once per structure: the entity's
 * emission key ({@code EntityEvaluation}'s: shape, counted scope, reasons not counted), whether
 * emissions lie outside a cap base, and those findings' bits — from the whole claim of the first
 * entity of that structure. Each entity's totals
 * are summed here exactly as the core sums counted records. About a third of the entities of the
 * generated mix have removals and no credit; before, each was evaluated whole
 * (docs/performance.md, session 23). {@code BatchCommandTest} and {@code CheckAndBatchAgreeTest}
 * hold batch to {@code check} on them.
 */
final class RemovalShapes {
    /**
     * The structure of an entity of emissions and removals alone (and credits its concept does not
     * admit), as its verdict and codes depend on it, in 63 bits: its emission key
     * ({@code EntityEvaluation}'s: shape in the high half, counted scope, reasons not counted), the
     * findings' bits of its credits ({@link CreditFindings}) in bits 57–58, those of its counted
     * removals in bits 59–61, and whether emissions lie outside a cap base in bit 62; -1 when the
     * emission key uses those bits (a shape id of 2²⁵ or more). A long, not a record: a record's
     * hashCode and equals go through method handles, which the client compiler does not inline, and
     * its hashes fold into tree bins.
     */
    static long shape(long emissionKey, boolean outsideCapBase, int findings, int creditFindings) {
        if (emissionKey >>> 57 != 0) return -1;
        return emissionKey | (long) creditFindings << 57 | (long) findings << 59 | (outsideCapBase ? 1L << 62 : 0);
    }

    /** A structure's row before its amounts ({@code ,concept,verdict,}) and after them ({@code ,codes\n}), by the net's sign + 1. */
    record Prepared(byte[][] head, byte[][] tail) {}

    private final Map<SmallLedgers.RemovalKey, Integer> ids = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    /** By {@link #spread} of the shape. */
    private final Map<Long, Prepared> prepared = new ConcurrentHashMap<>();

    /** A thread's copies of the shared maps, and its judgments of removal keys by rule. */
    static final class Local {
        private final Map<SmallLedgers.RemovalKey, Integer> ids = new HashMap<>();
        private final LongMap<Prepared> prepared = new LongMap<>();
        /** By rule, then key id: 0 not judged yet, -1 counted, else the reason's ordinal + 1. */
        private int[][] judged = new int[0][];
    }

    /** What {@link #judge} found of an entity's groups: the findings' bits, the removals counted, the rows not. */
    static final class Judged {
        int findings;
        BigDecimal removed;
    }

    private int id(SmallLedgers.RemovalKey key, Local local) {
        Integer id = local.ids.get(key);
        if (id == null) {
            id = ids.computeIfAbsent(key, k -> next.getAndIncrement());
            local.ids.put(key, id);
        }
        return id;
    }

    /**
     * Judges the entity's removal groups under {@code profile} (the rule {@code rule}'s): the rows of
     * a rejected group are added to {@code byReason} under its reason, a counted group's net tonnes
     * to the sum, and its findings' bits gathered.
     */
    Judged judge(Map<SmallLedgers.RemovalKey, SmallLedgers.RemovalSum> groups, int rule, Profile profile, Local local,
                 long[] byReason, Judged out) {
        out.findings = 0;
        out.removed = null;
        if (rule >= local.judged.length) local.judged = java.util.Arrays.copyOf(local.judged, rule + 1);
        for (Map.Entry<SmallLedgers.RemovalKey, SmallLedgers.RemovalSum> g : groups.entrySet()) {
            SmallLedgers.RemovalKey key = g.getKey();
            int id = id(key, local);
            int[] ofRule = local.judged[rule];
            if (ofRule == null || id >= ofRule.length) {
                ofRule = local.judged[rule] = ofRule == null ? new int[Math.max(16, id + 1)]
                        : java.util.Arrays.copyOf(ofRule, Math.max(ofRule.length * 2, id + 1));
            }
            int judgment = ofRule[id];
            if (judgment == 0) {
                Reason why = RemovalRules.reason(g.getValue().toRemoval("r", key), profile);
                ofRule[id] = judgment = why == null ? -1 : why.ordinal() + 1;
            }
            SmallLedgers.RemovalSum s = g.getValue();
            if (judgment > 0) {
                byReason[judgment - 1] += s.records;
            } else {
                out.findings |= RemovalFindings.of(key.kind(), key.lifecycleDeclared());
                BigDecimal net = s.tonnes.subtract(s.lifecycleTonnes); // Removal.netTonnes, in t
                out.removed = out.removed == null ? net : out.removed.add(net);
            }
        }
        return out;
    }

    /** The structure's row parts when made before (by this thread or another), or null. */
    Prepared get(long shape, Local local) {
        Prepared p = local.prepared.get(shape);
        if (p == null) {
            p = prepared.get(spread(shape));
            if (p != null) local.prepared.put(shape, p);
        }
        return p;
    }

    /** A one-to-one mixing of the shape, so that the shared map's hashes do not fold into tree bins. */
    private static long spread(long shape) {
        return shape * 0x9E3779B97F4A7C15L;
    }

    /** The row parts of {@code shape} from the claim prepared whole for one of its entities. */
    Prepared put(long shape, PreparedClaim claim, Concept concept, Local local) {
        byte[][] head = new byte[3][];
        byte[][] tail = new byte[3][];
        for (int sign = -1; sign <= 1; sign++) {
            PreparedClaim.Outcome o = claim.outcome(sign);
            RowBytes b = new RowBytes(64);
            ResultRow.head(concept, o.verdict(), b);
            head[sign + 1] = b.text(0).getBytes(StandardCharsets.US_ASCII);
            b.cut(0);
            b.ascii(',');
            for (int i = 0; i < o.codes().size(); i++) ResultRow.code(o.codes().get(i), i == 0, b);
            tail[sign + 1] = b.ascii('\n').text(0).getBytes(StandardCharsets.US_ASCII);
        }
        Prepared p = new Prepared(head, tail);
        Prepared kept = prepared.putIfAbsent(spread(shape), p);
        local.prepared.put(shape, kept != null ? kept : p);
        return kept != null ? kept : p;
    }

    /**
     * Writes the row after the entity's id: its counted emissions {@code emissions} (t) and the
     * removals {@code judged} counted, each normalized as the core's sums are; the rows not counted
     * by reason ({@code byReason}); the verdict and codes of the net's sign.
     */
    static void write(Prepared p, BigDecimal emissions, Judged judged, long[] byReason, RowBytes out) {
        Totals totals = new Totals(Decimals.normalize(emissions),
                judged.removed == null ? BigDecimal.ZERO : Decimals.normalize(judged.removed), BigDecimal.ZERO, BigDecimal.ZERO);
        BigDecimal net = totals.net();
        int sign = net.signum() + 1;
        out.bytes(p.head()[sign]);
        out.plain(totals.emissions()).ascii(',').plain(totals.removals()).ascii(',').plain(totals.credits()).ascii(',')
                .plain(net).ascii(',');
        boolean first = true;
        for (int reason = 0; reason < byReason.length; reason++) {
            if (byReason[reason] != 0) first = ResultRow.reason(reason, byReason[reason], first, out);
        }
        out.bytes(p.tail()[sign]);
    }
}
