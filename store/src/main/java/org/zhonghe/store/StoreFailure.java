package org.zhonghe.store;

import java.sql.SQLException;

/** The database failed (not the input): an internal failure for the caller. */
public final class StoreFailure extends RuntimeException {
    public StoreFailure(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
