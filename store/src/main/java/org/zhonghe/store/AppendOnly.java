package org.zhonghe.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The H2 trigger that keeps the audit log append-only (migration {@code db/vendor/h2/V2}): any
 * update or delete of one of its rows fails. PostgreSQL has its own (a PL/pgSQL trigger).
 */
public final class AppendOnly implements Trigger {
    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_log is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused", "42501");
    }
}
