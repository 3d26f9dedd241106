package org.zhonghe.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 15, in Java because it reads beneficiaries as the registry module does: the beneficiary
 * search's index of every registry record imported before it is made again
 * ({@link RegistryRecords#index}). Before, a retirement on behalf of a third party was indexed under
 * its account holder's name (the broker's) and not under the beneficiary its details name
 * (docs/registries.md, "Who a retirement is for"); an import of unchanged files is skipped, so only
 * a migration brings an existing store's index up to date.
 */
final class RebuildNameTokens extends NumberedMigration {
    RebuildNameTokens() {
        super(15, "beneficiary search index read again");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        Sql.update(c, "DELETE FROM registry_name_tokens");
        indexAll(c);
    }

    /** Every registry record's rows in the beneficiary search's index, in batches of 1,000 (migrations 13 and 15). */
    static void indexAll(Connection c) throws java.sql.SQLException {
        try (PreparedStatement read = c.prepareStatement("SELECT * FROM registry_records ORDER BY registry, seq");
             PreparedStatement tokens = c.prepareStatement("INSERT INTO registry_name_tokens (registry, seq, token) VALUES (?, ?, ?)")) {
            read.setFetchSize(1000);
            int pending = 0;
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    RegistryRecords.index(tokens, StoredRecordRow.read(rs), rs.getLong("seq"));
                    if (++pending % 1000 == 0) tokens.executeBatch();
                }
            }
            tokens.executeBatch();
        }
    }
}
