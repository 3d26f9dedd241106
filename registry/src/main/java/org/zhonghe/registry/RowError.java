package org.zhonghe.registry;

/** A row that cannot be read: the reason names the column, the value and what was expected. */
final class RowError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RowError(String reason) {
        super(reason, null, false, false);
    }
}
