package org.zhonghe.registry;

import java.util.Objects;

/**
 * A row of an export that was not read, and why (in English, naming the column, the value and
 * what was expected; the CLI prints it with {@code file:line}).
 */
public record Rejection(Source source, String reason) {
    public Rejection {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
