package org.zhonghe.rules;

import java.util.List;
import java.util.Objects;

/**
 * A reason told with a record's own values: the key of a message in the bundles and its
 * arguments (plain strings). Used where the code's general text would not fit the record
 * (rules.md §3 check 4: a {@code NOT_DURABLE} forest is not "crops and grass"; a profile's
 * credit check in its own words, {@link Profile#explainCredit}).
 *
 * @param reason the code
 * @param key    the message key
 * @param args   the message's arguments
 */
public record Explanation(Reason reason, String key, List<String> args) {
    public Explanation {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Explanation of(Reason reason, String key, String... args) {
        return new Explanation(reason, key, List.of(args));
    }
}
