package org.zhonghe.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.Context;
import org.zhonghe.assessment.CreditKey;

/**
 * Migration 14, in Java because it folds serials as the registry module does: the block key of
 * every registry record imported before it is put in canonical form
 * ({@link CreditKey#canonicalSerial}, which {@code Serial} now gives every block key), so that a
 * credit's serial written in another case, with a dash variant or full-width digits finds the
 * records imported before the upgrade too (an Isometric {@code ret_…} id, whose key was stored as
 * written, is the row this changes in practice).
 */
final class CanonicalBlockKeys extends NumberedMigration {
    CanonicalBlockKeys() {
        super(14, "canonical registry block keys");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        record Changed(String file, long line, String key) {}
        List<Changed> changed = new ArrayList<>(); // few: the keys not already canonical, read before any is written
        try (PreparedStatement read = c.prepareStatement(
                "SELECT file, line, block_key FROM registry_records WHERE block_key IS NOT NULL ORDER BY file, line")) {
            read.setFetchSize(1000);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    String stored = rs.getString(3);
                    String canonical = CreditKey.canonicalSerial(stored);
                    if (!canonical.equals(stored)) changed.add(new Changed(rs.getString(1), rs.getLong(2), canonical));
                }
            }
        }
        for (Changed ch : changed) {
            Sql.update(c, "UPDATE registry_records SET block_key = ? WHERE file = ? AND line = ?", ch.key(), ch.file(), ch.line());
        }
    }
}
