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
 * exports read or in the store. Of the records holding its units, a retirement or cancellation holding all of
 * them wins, then one holding its first unit, then an issuance (not retired). The entity is the
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
        RegistryRecord best = choose(found, serial.get().range());
        if (best == null) return Optional.empty();
        return Optional.of(block(best, serial.get().range(), entity));
    }

    static RegistryRecord choose(List<RegistryRecord> found, UnitRange mine) {
        RegistryRecord firstUnit = null;
        RegistryRecord issued = null;
        for (RegistryRecord r : found) {
            UnitRange theirs = r.serial().range();
            if (r.status() == CreditStatus.ISSUED) {
                if (issued == null) issued = r;
                continue;
            }
            if (mine == null || theirs == null || theirs.contains(mine)) return r;
            if (firstUnit == null && theirs.first() <= mine.first() && mine.first() <= theirs.last()) firstUnit = r;
        }
        if (firstUnit != null) return firstUnit;
        if (issued != null) return issued;
        return found.isEmpty() ? null : found.get(0);
    }

    private static RegistryBlock block(RegistryRecord r, UnitRange mine, Entity entity) {
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
                Names.claimant(r), available, type, r.classification().removalKind(),
                r.vintage() == null ? 0 : r.vintage().firstYear(), r.vintage() == null ? 0 : r.vintage().lastYear(),
                r.status() == CreditStatus.RETIRED ? r.retiredOn() : null, r.source().toString());
    }

    /**
     * The record was retired for the entity: its name, id or an alias is the claimant
     * ({@link Names#claimant}). Only the claimant: a beneficiary that says "Emergent retiring on behalf
     * of Chanel" was retired for Chanel, and the intermediary's name in it is not a match
     * (docs/registries.md: "retired on behalf of someone else").
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
