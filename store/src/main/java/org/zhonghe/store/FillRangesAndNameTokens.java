package org.zhonghe.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.Context;
import org.zhonghe.assessment.CreditKey;

/**
 * Migration 13, in Java because it reads serials by their registries' grammars and names as
 * they are compared: every credit key and hold written before migration 12 is given its block and
 * units ({@link CreditRange}), every block its lock row, and every registry record imported
 * before it its rows in the beneficiary search's index ({@link RegistryRecords#index}).
 */
final class FillRangesAndNameTokens extends NumberedMigration {
    FillRangesAndNameTokens() {
        super(13, "fill credit ranges and name tokens");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        List<CreditKey> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT registry_key, serial_key FROM credit_keys ORDER BY registry_key, serial_key");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) keys.add(new CreditKey(rs.getString(1), rs.getString(2)));
        }
        for (CreditKey k : keys) {
            CreditRange r = CreditRange.of(k);
            CreditLedger.ensureBlock(c, r);
            for (String table : new String[] {"credit_keys", "credit_holds"}) {
                Sql.update(c, "UPDATE " + table + " SET block_key = ?, first_unit = ?, last_unit = ? WHERE registry_key = ?"
                        + " AND serial_key = ?", r.block(), r.first(), r.last(), k.registry(), k.serial());
            }
        }
        RebuildNameTokens.indexAll(c);
    }
}
