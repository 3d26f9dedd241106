package org.zhonghe.batch;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.zhonghe.MassUnit;
import org.zhonghe.activity.Inventory;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.Emission;
import org.zhonghe.assessment.Origin;
import org.zhonghe.assessment.OtherEffects;
import org.zhonghe.assessment.Removal;
import org.zhonghe.assessment.Scope;
import org.zhonghe.rules.ClaimEvaluator;
import org.zhonghe.rules.CreditFindings;
import org.zhonghe.rules.PreparedClaim;
import org.zhonghe.rules.Reason;
import org.zhonghe.rules.RecordResult;
import org.zhonghe.rules.Section;

/**
 * Evaluates one entity by the core rules ({@link ClaimEvaluator#evaluateValidated}) on an
 * assessment that stands for its ledger: the counted emissions as one CO2 record of their exact
 * CO2e sum, in a scope that has counted rows (CO2 weighs 1 in every metric and counts wherever
 * another gas of the same scope counts); for each reason why rows were not counted, one record of
 * a group with that reason ({@link Classifier#representative}); one removal per removal group;
 * every credit in file order; the records computed from its activities as they are. The core computes the same totals, findings and verdict as on the
 * rows themselves: its sums are linear, and its findings read of a not-counted emission only its
 * reason. The rows not counted are counted by reason as they were read. {@code BatchCommandTest}
 * holds batch against {@code check} entity by entity.
 */
final class EntityEvaluation {
    private final ClaimEvaluator rules;
    private final Classifier classifier;
    /** {@link Reason#values()} once: each call of it makes a new array. */
    private static final Reason[] REASONS = Reason.values();

    /** The reasons of the slots of rows not counted. */
    private final ReasonSlots slots;
    /** The rules and the gas names known when made, likewise ({@link Classifier#rules()}, {@link GasIds#names()}). */
    private final Classifier.Rule[] ruleOfId;
    private final String[] gasNames;
    /**
     * The record that stands for the rows of a rule's slot not counted, by rule and slot known when
     * made ({@link #notCounted}): the same immutable record for every entity, made on first use (two
     * threads may make it twice, equal).
     */
    private final Emission[][] standing;

    EntityEvaluation(ClaimEvaluator rules, Classifier classifier) {
        this.rules = rules;
        this.classifier = classifier;
        slots = new ReasonSlots(classifier);
        ruleOfId = classifier.rules();
        gasNames = classifier.gases().names();
        standing = new Emission[ruleOfId.length][slots.known()];
    }

    /** Prepared claims of entities with emissions alone, by shape, reasons present and counted scope. */
    private final Map<Long, PreparedClaim> prepared = new ConcurrentHashMap<>();

    /** The parts of a row of an entity with emissions alone that its total and counts do not change, by sign of the total. */
    private record PreparedRow(byte[][] head, byte[][] tail) {}

    /** Rows of entities with emissions alone, by {@link #key}. */
    private final Map<Long, PreparedRow> rows = new ConcurrentHashMap<>();
    private static final byte[] ZERO_TOTALS = "0,0,0,0,".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NO_REMOVALS_NO_CREDITS = ",0,0,".getBytes(StandardCharsets.US_ASCII);

    /**
     * Writes the result row of a valid entity. One with emissions alone summed in fixed point (nearly
     * all) is written at once: its claim prepared for its ledger's structure ({@link #emissionsAlone})
     * gives verdict and findings by the sign of the total ({@link PreparedClaim#outcome}), and the
     * total is written from its fixed-point sum; any other through {@link #evaluate}.
     */
    void write(Entities entities, int entity, EmissionTotals.Fixed fixed, SmallLedgers small, RowBytes out, Local local) {
        BigDecimal spill = fixed.sum(entity);
        long key = spill != null || !small.emissionsAlone(entity) ? -1 : key(entities.shape(entity), fixed.scopes,
                fixed.notCounted);
        if (key >= 0) {
            PreparedRow row = local.rows.get(key);
            if (row == null) {
                row = rows.get(spread(key));
                if (row == null) row = prepareRow(entities, entity, fixed, key);
                local.rows.put(key, row);
            }
            int sign = fixed.hi == 0 && fixed.lo == 0 ? 0 : 1;
            int mark = out.size();
            entities.id(entity, out);
            out.bytes(row.head[sign]);
            int total = out.size();
            if (sign == 0) {
                out.bytes(ZERO_TOTALS);
            } else if (out.plain(fixed.hi, fixed.lo)) {
                int end = out.size();
                out.bytes(NO_REMOVALS_NO_CREDITS);
                out.repeat(total, end); // the net is the emissions
                out.ascii(',');
            } else {
                out.cut(mark); // beyond 2⁶³ t: the exact way below
                key = -1;
            }
            if (key >= 0) {
                if (anyOf(fixed.notCounted)) slots.write(fixed.notCounted, out);
                out.bytes(row.tail[sign]);
                return;
            }
        }
        BigDecimal counted = EmissionTotals.toDecimal(fixed.hi, fixed.lo);
        // the thread's counts as they are, not a copy: nothing below keeps or changes them
        EmissionTotals.Sum sum = new EmissionTotals.Sum(spill == null ? counted : counted.add(spill), fixed.scopes,
                fixed.notCounted, fixed.outsideCapBase(entity));
        if (small.removalsAlone(entity) && withRemovals(entities, entity, sum, small, out, local, false)) return;
        if (small.creditsWithoutActivities(entity) && !admitsCredits(entities, entity, local)
                && withRemovals(entities, entity, sum, small, out, local, true)) return;
        // the id as read, then the rest as ResultRow writes it
        entities.id(entity, out);
        java.util.Arrays.fill(local.byReason, 0);
        evaluate(entities, entity, sum, small, out, byReason(sum.notCounted(), local.byReason));
    }

    /** Entities of emissions and removals alone, by structure ({@link RemovalShapes}). */
    private final RemovalShapes removalShapes = new RemovalShapes();

    /**
     * Writes the row of an entity of emissions and removals alone (with {@code credits}, and credits
     * its concept does not admit, {@link PreparedClaim#creditsNotAdmitted}): its groups judged by
     * key, its credits each rejected at check 1 and read only for their findings' bits
     * ({@link CreditFindings}), its verdict and codes from the claim prepared for its structure (made
     * on first use from its own claim); false, writing nothing, when its emissions' structure has no key.
     */
    private boolean withRemovals(Entities entities, int entity, EmissionTotals.Sum sum, SmallLedgers small, RowBytes out,
                                 Local local, boolean credits) {
        long key = key(entities.shape(entity), sum.countedScopes(), sum.notCounted());
        if (key < 0) return false;
        int rule = entities.rule(entity);
        Map<SmallLedgers.RemovalKey, SmallLedgers.RemovalSum> groups = small.removals(entity);
        java.util.Arrays.fill(local.byReason, 0);
        long[] byReason = byReason(sum.notCounted(), local.byReason);
        RemovalShapes.Judged judged = removalShapes.judge(groups, rule, rule(rule).profile(), local.removals, byReason,
                local.judged);
        List<Credit> notAdmitted = List.of();
        int creditFindings = 0;
        if (credits) { // each rejected at check 1, whatever it says (rules.md §4): a row not counted
            notAdmitted = small.credits(entity, entities.id(entity), true);
            for (int i = 0, n = notAdmitted.size(); i < n; i++) creditFindings |= CreditFindings.of(notAdmitted.get(i));
            byReason[Reason.OFFSETS_NOT_ADMITTED.ordinal()] += notAdmitted.size();
        }
        long shape = RemovalShapes.shape(key, sum.outsideCapBase().signum() > 0, judged.findings, creditFindings);
        if (shape < 0) return false;
        RemovalShapes.Prepared p = removalShapes.get(shape, local.removals);
        if (p == null) {
            EntitySpec spec = entities.spec(entity);
            Assessment a = assessment(spec, rule, sum, groups, notAdmitted, null, new long[groups.size()]);
            PreparedClaim claim = rules.prepare(a, spec.claim().concept(), rule(rule).profile());
            if (credits ? !claim.creditsNotAdmitted() : !claim.emissionsAndRemovalsOnly()) {
                throw new IllegalStateException("not an assessment of emissions and removals alone, or with credits not admitted");
            }
            p = removalShapes.put(shape, claim, spec.claim().concept(), local.removals);
        }
        entities.id(entity, out);
        RemovalShapes.write(p, sum.counted(), judged, byReason, out);
        return true;
    }

    /**
     * Whether the entity's concept, under its profile, admits credits for its type (rules.md §4 check
     * 1): asked once per entity shape and thread, which decide it.
     */
    private boolean admitsCredits(Entities entities, int entity, Local local) {
        int shape = entities.shape(entity);
        if (shape >= local.creditsAdmitted.length) {
            local.creditsAdmitted = java.util.Arrays.copyOf(local.creditsAdmitted, Math.max(64, shape * 2 + 1));
        }
        byte known = local.creditsAdmitted[shape];
        if (known == 0) {
            EntityShape s = entities.shapeOf(entity);
            boolean admits = rule(entities.rule(entity)).profile().rule(s.claim().concept()).admitsCredits(s.type());
            local.creditsAdmitted[shape] = known = (byte) (admits ? 1 : 2);
        }
        return known == 1;
    }

    /** What one thread keeps of this evaluation's shared maps: one per thread at a time ({@link #write}). */
    static final class Local {
        private final LongMap<PreparedRow> rows = new LongMap<>();
        /** The rows not counted by reason of the entity at hand, used again for every entity. */
        private final long[] byReason = new long[REASONS.length];
        /** This thread's copies of the structures of entities with removals alone, and what it judged of one. */
        private final RemovalShapes.Local removals = new RemovalShapes.Local();
        private final RemovalShapes.Judged judged = new RemovalShapes.Judged();
        /** By entity shape: 0 not asked yet, 1 its concept admits credits, 2 not ({@link #admitsCredits}). */
        private byte[] creditsAdmitted = new byte[0];
    }

    private PreparedRow prepareRow(Entities entities, int entity, EmissionTotals.Fixed fixed, long key) {
        PreparedClaim p = prepared(entities, entity,
                new EmissionTotals.Sum(BigDecimal.ZERO, fixed.scopes, java.util.Arrays.copyOf(fixed.notCounted, fixed.notCounted.length)), key);
        byte[][] head = new byte[2][];
        byte[][] tail = new byte[2][];
        for (int sign = 0; sign < 2; sign++) {
            PreparedClaim.Outcome o = p.outcome(sign);
            RowBytes b = new RowBytes(64);
            ResultRow.head(concept(entities, entity), o.verdict(), b);
            head[sign] = b.text(0).getBytes(StandardCharsets.US_ASCII);
            b.cut(0);
            b.ascii(',');
            for (int i = 0; i < o.codes().size(); i++) ResultRow.code(o.codes().get(i), i == 0, b);
            tail[sign] = b.ascii('\n').text(0).getBytes(StandardCharsets.US_ASCII);
        }
        PreparedRow row = new PreparedRow(head, tail);
        rows.putIfAbsent(spread(key), row);
        return row;
    }

    private Classifier.Rule rule(int id) {
        return id < ruleOfId.length ? ruleOfId[id] : classifier.rule(id);
    }

    private String gasName(int gas) {
        return gas < gasNames.length ? gasNames[gas] : classifier.gases().name(gas);
    }

    private long[] byReason(long[] notCounted, long[] byReason) {
        return slots.byReason(notCounted, byReason);
    }

    /** The entity's result: as {@link #write} writes it, read back as a row. */
    EntityResult evaluate(Entities entities, int entity, EmissionTotals.Sum sum, SmallLedgers small) {
        RowBytes row = new RowBytes(128);
        evaluate(entities, entity, sum, small, row, byReason(sum.notCounted(), new long[REASONS.length]));
        String[] cells = row.text(0).split(",", -1); // ",concept,verdict,…,findings\n": no cell holds a comma
        return new EntityResult(entities.id(entity), cells[1], cells[2], cells[3], cells[4], cells[5], cells[6], cells[7],
                cells[8].substring(0, cells[8].length() - 1));
    }

    /** Writes the entity's row after its id ({@link ResultRow}). */
    private void evaluate(Entities entities, int entity, EmissionTotals.Sum sum, SmallLedgers small, RowBytes out,
                          long[] byReason) {
        long key = key(entities.shape(entity), sum.countedScopes(), sum.notCounted());
        if (key >= 0 && small.emissionsAlone(entity)) {
            PreparedClaim.Balance b = prepared(entities, entity, sum, key).finish(sum.counted());
            ResultRow.write(concept(entities, entity), b.verdict(), b.totals(), byReason, b.findings(), out);
        } else {
            whole(entities, entity, sum, small, byReason, out);
        }
    }

    /** The claim prepared for the structure {@code key} of an entity with emissions alone, made on first use. */
    private PreparedClaim prepared(Entities entities, int entity, EmissionTotals.Sum sum, long key) {
        PreparedClaim p = prepared.get(spread(key));
        if (p == null) {
            int rule = entities.rule(entity);
            p = rules.prepare(assessment(entities.spec(entity), rule, sum, Map.of(), List.of(), null, new long[0]),
                    concept(entities, entity),
                    rule(rule).profile());
            if (!p.emissionsOnly()) throw new IllegalStateException("not an assessment of emissions alone");
            prepared.putIfAbsent(spread(key), p);
        }
        return p;
    }

    /** Any other entity: its whole standing assessment evaluated. */
    private void whole(Entities entities, int entity, EmissionTotals.Sum sum, SmallLedgers small, long[] byReason,
                       RowBytes out) {
        int rule = entities.rule(entity);
        EntitySpec spec = entities.spec(entity);
        Map<SmallLedgers.RemovalKey, SmallLedgers.RemovalSum> groups = small.removals(entity);
        long[] removalRecords = new long[groups.size()]; // rows of r0, r1, …
        Assessment a = assessment(spec, rule, sum, groups, small.credits(entity, spec.entity().id(), true),
                small.inventory(entity), removalRecords);
        // gases and removals were checked once each (Classifier, RemovalRows); ids are unique. What
        // ClaimEvaluator.evaluateValidated does — prepare, then finish — without the Evaluation it
        // wraps them in, which copies every record's and finding's list (7 % of what the entities
        // evaluated whole allocated: docs/performance.md, session 15)
        PreparedClaim prepared = rules.prepare(a, spec.claim().concept(), rule(rule).profile());
        PreparedClaim.Balance balance = prepared.finish();
        List<RecordResult> records = prepared.results();
        for (int i = 0, size = records.size(); i < size; i++) { // indexed: an iterator per entity under the client compiler
            RecordResult r = records.get(i);
            // a standing emission stands for rows counted as read; a computed one (ID.GAS) is a record of its own
            if (r.reason() == null || r.section() == Section.EMISSIONS && r.id().indexOf('.') < 0) continue;
            long n = r.section() == Section.REMOVALS ? removalRecords[Integer.parseInt(r.id(), 1, r.id().length(), 10)] : 1;
            byReason[r.reason().ordinal()] += n;
        }
        ResultRow.write(spec.claim().concept(), balance.verdict(), balance.totals(), byReason, balance.findings(), out);
    }

    private static org.zhonghe.Concept concept(Entities entities, int entity) {
        return entities.shapeOf(entity).claim().concept();
    }

    /**
     * The key of the maps above: {@link #key} multiplied by an odd constant, a one-to-one mixing,
     * since {@code Long.hashCode} of a key (shape in the high half, reasons in the low) folds
     * many shapes and reason sets onto one hash and the maps' bins turn into trees.
     */
    private static long spread(long key) {
        return key * 0x9E3779B97F4A7C15L;
    }

    /** Shape, counted scope and the reasons present in 64 bits; -1 when they do not fit. */
    private static long key(int shape, int countedScopes, long[] notCounted) {
        if (notCounted.length > 24) return -1;
        long mask = 0;
        for (int slot = 0; slot < notCounted.length; slot++) if (notCounted[slot] != 0) mask |= 1L << slot;
        int scope = countedScopes == 0 ? 0 : Integer.numberOfTrailingZeros(countedScopes) + 1;
        return (long) shape << 32 | (long) scope << 24 | mask;
    }

    private static boolean anyOf(long[] counts) {
        for (long c : counts) if (c != 0) return true;
        return false;
    }

    /** The record that stands for the rows of {@code slot} not counted under {@code rule}: one of a group with its reason. */
    private Emission notCounted(int rule, int slot) {
        Emission[] ofRule = rule < standing.length ? standing[rule] : null;
        Emission e = ofRule != null && slot < ofRule.length ? ofRule[slot] : null;
        if (e == null) {
            int g = classifier.representative(rule, slot);
            e = new Emission(EMISSION_IDS.of(slot), gasName(Classifier.gasOf(g)), BigDecimal.ZERO, MassUnit.T,
                    Classifier.scopeOf(g), Classifier.biogenicOf(g), null, Origin.NONE);
            if (ofRule != null && slot < ofRule.length) ofRule[slot] = e;
        }
        return e;
    }

    /** Ids of the records that stand for rows not counted, by slot, and of the removal groups. */
    private static final NumberedIds EMISSION_IDS = new NumberedIds("e");
    private static final NumberedIds REMOVAL_IDS = new NumberedIds("r");

    /**
     * The assessment that stands for the entity's ledger (see above): its removal groups and its
     * credits (numbered {@code c0}, {@code c1} …, in file order) as {@link SmallLedgers} gives them;
     * the rows of each removal group go into {@code removalRecords}, in the order of the groups.
     */
    /**
     * The counted emissions outside the profile's offset cap base as one record that the concept
     * counts in full and the profile leaves out of the base: CO2 of Scope 3 when Scope 3 is counted
     * (under a CO2-only concept nothing else is counted outside the base), else CO2e in the first
     * counted scope (other gases of Scopes 1 and 2 under a concept of every gas). Beside it,
     * {@code e} holds the rest, CO2 in the first counted scope, which is in the base.
     */
    private static Emission outsideCapBase(BigDecimal tonnes, int countedScopes, Scope first) {
        boolean scope3 = (countedScopes & 1 << 2) != 0;
        return new Emission("e-outside-cap-base", scope3 ? "CO2" : "CO2e", tonnes, MassUnit.T, scope3 ? Scope.THREE : first,
                false, null, Origin.NONE);
    }

    private Assessment assessment(EntitySpec spec, int rule, EmissionTotals.Sum sum,
                                  Map<SmallLedgers.RemovalKey, SmallLedgers.RemovalSum> removalGroups, List<Credit> credits,
                                  Inventory inventory, long[] removalRecords) {
        // arrays, then lists that Assessment keeps as they are rather than copying (List.copyOf)
        long[] notCounted = sum.notCounted();
        int n = sum.countedScopes() != 0 ? 1 : 0;
        for (long c : notCounted) if (c != 0) n++;
        Emission[] ofEntity = new Emission[n];
        n = 0;
        BigDecimal outside = sum.outsideCapBase();
        if (outside.signum() > 0) ofEntity = Arrays.copyOf(ofEntity, ofEntity.length + 1);
        if (sum.countedScopes() != 0) {
            Scope scope = Scope.of(Integer.numberOfTrailingZeros(sum.countedScopes()) + 1).orElseThrow();
            ofEntity[n++] = new Emission("e", "CO2", sum.counted().subtract(outside), MassUnit.T, scope, false, null,
                    Origin.NONE);
            if (outside.signum() > 0) ofEntity[n++] = outsideCapBase(outside, sum.countedScopes(), scope);
        }
        for (int slot = 0; slot < notCounted.length; slot++) {
            if (notCounted[slot] != 0) ofEntity[n++] = notCounted(rule, slot);
        }
        List<Emission> emissions = List.of(ofEntity);
        if (inventory != null) {
            emissions = new ArrayList<>(emissions);
            emissions.addAll(inventory.emissions());
        }
        List<Removal> removals = List.of();
        if (!removalGroups.isEmpty()) {
            Removal[] groups = new Removal[removalGroups.size()];
            int i = 0;
            for (Map.Entry<SmallLedgers.RemovalKey, SmallLedgers.RemovalSum> r : removalGroups.entrySet()) {
                removalRecords[i] = r.getValue().records;
                groups[i] = r.getValue().toRemoval(REMOVAL_IDS.of(i), r.getKey());
                i++;
            }
            removals = List.of(groups);
        }
        return new Assessment(spec.entity(), spec.period(), spec.boundary(), spec.claim(), null, null,
                emissions, removals, credits, List.of(), List.of(), OtherEffects.NOT_ASSESSED,
                inventory == null ? Inventory.EMPTY : inventory);
    }
}
