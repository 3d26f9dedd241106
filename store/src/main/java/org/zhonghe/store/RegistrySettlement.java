package org.zhonghe.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.CreditKey;
import org.zhonghe.assessment.Entity;
import org.zhonghe.assessment.EntityType;
import org.zhonghe.rules.RegistryBlock;
import org.zhonghe.rules.RegistryFacts;

/**
 * A conflict settled by the registry's record, without an administrator (docs/credit-ledger.md §2):
 * when a credit (or units overlapping it in its registry block) is held by another claim, undecided, and the registry data in the store say on
 * whose behalf it was retired, the one claim whose entity is that beneficiary keeps it (it is
 * awarded to it, as an operator's decision would), and the holds of the others are released
 * ({@code released:registry}): their later evaluations find it {@code DOUBLE_COUNTED}. The
 * registry decides only when it has a retirement record of the credit and exactly one claim's
 * entity matches its beneficiary (the evaluating entity by its id, name and aliases; another
 * claim's by the id and name stored for it and the aliases of its latest version); else the
 * conflict stays for the operator. Written to the operator's audit log with the claimants, and to
 * each claimant tenant's log, its own side.
 */
final class RegistrySettlement {
    static final String ACTION = "credit.registry-decide";

    private RegistrySettlement() {}

    /** Settles the locked credits of {@code assessment} that the registry can settle; updates {@code locked} to match. */
    static void settle(Connection c, long assessment, Entity self, List<Credit> credits, Map<CreditKey, CreditLedger.State> locked,
                       RegistryFacts facts) throws SQLException {
        if (self == null || !facts.isLoaded()) return;
        Set<CreditKey> seen = new HashSet<>();
        for (Credit credit : credits) {
            CreditKey key = CreditKey.of(credit);
            CreditLedger.State s = locked.get(key);
            if (!seen.add(key) || s == null || !s.awarded().isEmpty() || !facts.covers(credit.registry())) continue;
            if (s.holders().stream().noneMatch(h -> h != assessment)) continue;
            Set<Long> claims = new TreeSet<>(s.holders());
            claims.add(assessment);
            Long winner = null;
            RegistryBlock record = null;
            boolean decides = true;
            for (long claim : claims) {
                Optional<RegistryBlock> b = facts.lookup(credit.registry(), credit.serial(), claim == assessment ? self : entity(c, claim));
                if (b.isEmpty() || b.get().status() != RegistryBlock.Status.RETIRED || b.get().forEntity() && winner != null) {
                    decides = false;
                    break;
                }
                record = b.get();
                if (b.get().forEntity()) winner = claim;
            }
            long won = winner == null ? -1 : winner;
            if (!decides || winner == null || s.holders().stream().noneMatch(h -> h != won)) continue;
            award(c, key, won, new TreeSet<>(s.holders()), record);
            locked.put(key, new CreditLedger.State(Set.of(won), s.holders().contains(won) ? Set.of(won) : Set.of()));
        }
    }

    private static void award(Connection c, CreditKey key, long winner, Set<Long> holders, RegistryBlock record) throws SQLException {
        Map<Long, Long> tenants = new LinkedHashMap<>();
        for (long h : holders) tenants.put(h, tenantOf(c, h));
        tenants.putIfAbsent(winner, tenantOf(c, winner));
        Sql.update(c, "UPDATE credit_keys SET awarded_to = ?, decided_at = ? WHERE registry_key = ? AND serial_key = ?",
                winner, Sql.now(), key.registry(), key.serial());
        CreditLedger.releaseOthers(c, CreditRange.of(key), winner, null, "registry");
        String target = "credit " + key.registry() + " " + key.serial();
        String said = "the registry's record " + record.source() + " says it was retired on behalf of "
                + (record.beneficiary() == null ? "(not stated)" : record.beneficiary());
        StringBuilder all = new StringBuilder("awarded to assessment " + winner + ": " + said + "; claimants:");
        tenants.forEach((a, t) -> all.append(" tenant ").append(t).append('/').append(a));
        Long operator = operatorTenant(c);
        if (operator != null) AuditLog.write(c, operator, null, ACTION, target, all.toString());
        for (Map.Entry<Long, Long> e : tenants.entrySet()) {
            if (operator != null && e.getValue().equals(operator)) continue;
            AuditLog.write(c, e.getValue(), null, ACTION, target, e.getKey() == winner
                    ? "awarded to assessment " + winner + ": " + said
                    : "awarded to another claim: " + said + ", not of this claim's entity; the hold of assessment " + e.getKey() + " released");
        }
    }

    /**
     * Another claim's entity as stored: its id and name, and the aliases its latest version states
     * (none for a version stored before migration 12 kept them).
     */
    static Entity entity(Connection c, long assessment) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, "SELECT e.entity_key, e.name, e.entity_type, v.entity_aliases FROM assessments a"
                + " JOIN entities e ON e.id = a.entity_id LEFT JOIN assessment_versions v ON v.assessment_id = a.id"
                + " AND v.version = a.latest_version WHERE a.id = ?", assessment); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) throw new UnknownRecord("assessment " + assessment);
            EntityType type = EntityType.fromId(rs.getString(3)).orElse(EntityType.values()[0]);
            return new Entity(rs.getString(1), rs.getString(2), type, Assessments.aliases(rs.getString(4)));
        }
    }

    private static long tenantOf(Connection c, long assessment) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, "SELECT tenant_id FROM assessments WHERE id = ?", assessment);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    private static Long operatorTenant(Connection c) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, "SELECT MIN(id) FROM tenants WHERE operator = ?", true);
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) return null;
            long id = rs.getLong(1);
            return rs.wasNull() ? null : id;
        }
    }
}
