package org.zhonghe.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;
import org.zhonghe.assessment.CreditKey;

/**
 * Migration 4, in Java because it needs SHA-256 and the canonical credit key: every credit counted
 * before the ledger ({@code counted_credits}) becomes a hold of the evaluation that counted it, by
 * its canonical key, and every audit row written before the chain is linked, in id order. Runs
 * once; a row added later without a link is a broken link.
 */
final class SealExistingRows extends NumberedMigration {
    SealExistingRows() {
        super(4, "seal existing rows");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (PreparedStatement ps = c.prepareStatement("SELECT k.registry, k.serial, a.tenant_id, k.assessment_id, k.evaluation_id,"
                + " e.created_at FROM counted_credits k JOIN assessments a ON a.id = k.assessment_id"
                + " JOIN evaluations e ON e.id = k.evaluation_id ORDER BY k.evaluation_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                CreditKey key = CreditKey.of(rs.getString(1), rs.getString(2));
                // the schema of migration 4: the key alone (its block and units came with migration 12, filled by 13)
                Sql.update(c, "MERGE INTO credit_keys t USING (SELECT CAST(? AS VARCHAR(200)) AS r, CAST(? AS VARCHAR(600)) AS s) n"
                        + " ON t.registry_key = n.r AND t.serial_key = n.s"
                        + " WHEN NOT MATCHED THEN INSERT (registry_key, serial_key) VALUES (n.r, n.s)", key.registry(), key.serial());
                Sql.update(c, "INSERT INTO credit_holds (registry_key, serial_key, registry, serial, tenant_id, assessment_id,"
                        + " evaluation_id, held_at) VALUES (?,?,?,?,?,?,?,?)", key.registry(), key.serial(), rs.getString(1),
                        rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), Sql.instant(rs, "created_at"));
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE counted_credits");
        }
        AuditChain.seal(c);
    }
}
