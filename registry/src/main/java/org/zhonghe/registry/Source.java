package org.zhonghe.registry;

import java.util.Objects;

/**
 * Where a registry record was read: the export file (relative to the data folder, e.g.
 * {@code verra/transactions.csv}) and the 1-based line its row starts on (the header is line 1).
 */
public record Source(String file, long line) {
    public Source {
        Objects.requireNonNull(file, "file");
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
