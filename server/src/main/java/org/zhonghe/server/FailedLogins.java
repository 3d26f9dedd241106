package org.zhonghe.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Unknown tokens per client address and per token prefix within a sliding {@link #WINDOW}.
 * Memory is bounded: at most {@link #MAX_KEYS} addresses and prefixes are followed; past that,
 * keys without a failure in the window are dropped, then all prefixes (addresses are kept).
 */
final class FailedLogins {
    static final Duration WINDOW = Duration.ofMinutes(1);
    /** Characters of a presented token that name its prefix ({@code zh_} and five random characters). */
    static final int PREFIX = 8;
    static final int MAX_KEYS = 10_000;
    private final int max;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    FailedLogins(int max, Clock clock) {
        this.max = max;
        this.clock = clock;
    }

    /**
     * Records an unknown {@code token} from {@code address}; true when either has now more than
     * the allowed failures in the window (the answer is then 429).
     */
    boolean record(String address, String token) {
        if (failures.size() > MAX_KEYS) prune();
        Instant now = clock.instant();
        int byAddress = add("address " + address, now);
        int byPrefix = add("prefix " + token.substring(0, Math.min(PREFIX, token.length())), now);
        return byAddress > max || byPrefix > max;
    }

    private int add(String key, Instant now) {
        Deque<Instant> d = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (d) {
            Instant cutoff = now.minus(WINDOW);
            while (!d.isEmpty() && d.peekFirst().isBefore(cutoff)) d.pollFirst();
            d.addLast(now);
            // max + 1 entries tell "over the limit"; older ones need not be kept
            if (d.size() > max + 1) d.pollFirst();
            return d.size();
        }
    }

    private void prune() {
        Instant cutoff = clock.instant().minus(WINDOW);
        failures.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().isEmpty() || e.getValue().peekLast().isBefore(cutoff);
            }
        });
        if (failures.size() > MAX_KEYS) failures.keySet().removeIf(k -> k.startsWith("prefix "));
    }
}
