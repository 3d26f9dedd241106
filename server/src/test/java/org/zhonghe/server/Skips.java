package org.zhonghe.server;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need a tool the machine lacks are skipped, and say so: one line per group on the
 * build's output, naming what to install (issue 19: `./mvnw verify` skipped 42 tests without a
 * word). The same line is the skip reason in the test reports.
 */
public final class Skips {
    private static final Set<String> TOLD = ConcurrentHashMap.newKeySet();

    private Skips() {}

    /** Skips the calling test unless {@code present}; the first skip of {@code group} prints {@code how}. */
    public static void unless(boolean present, String group, String how) {
        if (present) return;
        if (TOLD.add(group)) System.out.println("[zhonghe] SKIPPED " + group + ": " + how);
        Assumptions.abort(how);
    }
}
