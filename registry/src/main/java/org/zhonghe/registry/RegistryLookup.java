package org.zhonghe.registry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhonghe.assessment.CreditType;
import org.zhonghe.assessment.Entity;
import org.zhonghe.rules.RegistryBlock;
import org.zhonghe.rules.RegistryFacts;

/**
 * The registry facts of {@code check --registry-data}: a credit's serial looked up in the
 * exports read or in the store, by the serial's canonical form ({@link Serial}). Of the records holding its
 * units, a retirement or cancellation holding all of them wins, then one holding its first unit, then an
 * issuance (not retired); of contradictory records, the one that refuses ({@link #choose}). The entity is the
 * beneficiary when its name, id or an alias matches the record's beneficiary or claimant
 * ({@link Names#matches}).
 */
public final class RegistryLookup implements RegistryFacts {
    private final RegistrySource data;

    public RegistryLookup(RegistrySource data) {
        this.data = data;
    }

    @Override
    public boolean covers(String registry) {
        return Registry.fromName(registry).map(data::has).orElse(false);
    }

    @Override
    public Optional<RegistryBlock> lookup(String registryName, String serialText, Entity entity) {
        Optional<Registry> registry = Registry.fromName(registryName);
        if (registry.isEmpty()) return Optional.empty();
        Optional<Serial> serial = RegistryData.tryParse(registry.get(), serialText);
        if (serial.isEmpty()) return Optional.empty();
        List<RegistryRecord> found = data.find(serial.get());
        Choice best = choose(found, serial.get().range(), entity);
        if (best == null) return Optional.empty();
        return Optional.of(block(best, serial.get().range(), entity));
    }

    /**
     * The record that decides, and another record of the same units that says otherwise (another
     * status, or a retirement for another name), or null when the export agrees with itself.
     */
    record Choice(RegistryRecord record, RegistryRecord contradicting) {}

    /**
     * The record that decides a credit whose units are {@code mine} (null: the serial names none):
     * a retirement or cancellation holding all of them, then one holding its first unit, then an
     * issuance. Where the export holds more than one record for the same units — a retirement and a
     * cancellation of one serial, or retirements for two names — the data contradict themselves and
     * the record that refuses the credit decides, whatever the order of the rows (Zhonghe's reading:
     * a contradictory registry does not support a claim): a cancellation, then a retirement for
     * someone else, then one for the entity; of equals, the first in reading order. A credit that
     * names a block without its units (a CAR block serial without {@code … FIRST to LAST}) is decided
     * by the block's first retirement for the entity, if any (it counts up to that record's
     * quantity), else as above: the block's other parts are other units, not a contradiction.
     */
    static Choice choose(List<RegistryRecord> found, UnitRange mine, Entity entity) {
        List<RegistryRecord> same = new ArrayList<>(1);
        List<RegistryRecord> firstUnit = new ArrayList<>(0);
        RegistryRecord part = null;
        RegistryRecord issued = null;
        for (RegistryRecord r : found) {
            UnitRange theirs = r.serial().range();
            if (r.status() == CreditStatus.ISSUED) {
                if (issued == null) issued = r;
            } else if (mine == null && theirs != null) {
                if (part == null || support(r, entity) == 2 && support(part, entity) < 2
                        || support(part, entity) < 2 && support(r, entity) < support(part, entity)) part = r;
            } else if (mine == null || theirs == null || theirs.contains(mine)) {
                same.add(r);
            } else if (theirs.first() <= mine.first() && mine.first() <= theirs.last()) {
                firstUnit.add(r);
            }
        }
        if (!same.isEmpty()) return refusing(same, entity);
        if (part != null) return new Choice(part, null);
        if (!firstUnit.isEmpty()) return refusing(firstUnit, entity);
        if (issued != null) return new Choice(issued, null);
        return found.isEmpty() ? null : new Choice(found.get(0), null);
    }

    /** Of records of the same units, the one that supports the claim least (the first of equals), and one that disagrees with it. */
    private static Choice refusing(List<RegistryRecord> records, Entity entity) {
        RegistryRecord chosen = records.get(0);
        for (RegistryRecord r : records) if (support(r, entity) < support(chosen, entity)) chosen = r;
        for (RegistryRecord r : records) if (!agree(r, chosen)) return new Choice(chosen, r);
        return new Choice(chosen, null);
    }

    /** Two records of the same units say the same: the same status and, retired, for the same name. */
    private static boolean agree(RegistryRecord a, RegistryRecord b) {
        if (a.status() != b.status()) return false;
        if (a.status() != CreditStatus.RETIRED) return true;
        String x = Names.claimant(a);
        String y = Names.claimant(b);
        return x == null ? y == null : y != null && Names.normalize(x).equals(Names.normalize(y));
    }

    /** How far a retirement or cancellation supports a claim of {@code entity}: 0 cancelled, 1 retired for another, 2 for it. */
    private static int support(RegistryRecord r, Entity entity) {
        if (r.status() != CreditStatus.RETIRED) return 0;
        return isFor(r, entity) ? 2 : 1;
    }

    private static RegistryBlock block(Choice choice, UnitRange mine, Entity entity) {
        RegistryRecord r = choice.record();
        Claimant claimant = Claimant.of(r);
        UnitRange theirs = r.serial().range();
        UnitRange units = mine != null && theirs != null ? theirs.intersection(mine) : theirs;
        BigDecimal available = mine != null && theirs != null ? BigDecimal.valueOf(units.size()) : r.tonnes();
        RegistryBlock.Status status = switch (r.status()) {
            case ISSUED -> RegistryBlock.Status.ISSUED;
            case RETIRED -> RegistryBlock.Status.RETIRED;
            case CANCELLED -> RegistryBlock.Status.CANCELLED;
        };
        CreditType type = switch (r.classification().creditClass()) {
            case REMOVAL -> CreditType.REMOVAL;
            case REDUCTION -> CreditType.REDUCTION;
            case UNCLASSIFIED -> null;
        };
        return new RegistryBlock(r.registry().displayName(), r.serial().blockKey(), r.serial().text(),
                units == null ? null : units.first(), units == null ? null : units.last(), status, isFor(r, entity),
                claimant.name(), RegistryBlock.BeneficiaryKind.valueOf(claimant.kind().name()), claimant.words(), available, type, r.classification().removalKind(),
                r.vintage() == null ? 0 : r.vintage().firstYear(), r.vintage() == null ? 0 : r.vintage().lastYear(),
                r.status() == CreditStatus.RETIRED ? r.retiredOn() : null, r.source().toString(),
                choice.contradicting() == null ? null : choice.contradicting().source().toString());
    }

    /**
     * The record was retired for the entity: its name, id or an alias is the claimant
     * ({@link Names#claimant}). Only the claimant: a beneficiary that says "Emergent retiring on behalf
     * of Chanel" was retired for Chanel, and the intermediary's name in it is not a match
     * (docs/registries.md: "retired on behalf of someone else"); a retirement on behalf of a third
     * party the registry does not name, or of someone's customers, is for no entity.
     */
    static boolean isFor(RegistryRecord r, Entity entity) {
        List<String> names = new ArrayList<>();
        names.add(entity.id());
        if (entity.name() != null) names.add(entity.name());
        names.addAll(entity.aliases());
        String claimant = Names.claimant(r);
        for (String n : names) {
            if (Names.matches(claimant, n)) return true;
        }
        return false;
    }
}
