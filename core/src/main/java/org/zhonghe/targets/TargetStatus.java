package org.zhonghe.targets;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How firmly a long-term target is set: Table 2's 政策文件 / 完成立法 / 领导人讲话, and the further
 * statuses of the Net Zero Tracker.
 */
public enum TargetStatus {
    /** 完成立法: in law (the EU's climate neutrality). */
    IN_LAW("in-law"),
    /** 政策文件: in a policy document (China, the United States). */
    POLICY_DOCUMENT("policy-document"),
    /** 领导人讲话: announced in a leader's statement (India at Glasgow). */
    LEADER_STATEMENT("leader-statement"),
    /** Net Zero Tracker "Declaration / pledge". */
    DECLARATION("declaration"),
    /** Net Zero Tracker "Proposed / in discussion". */
    PROPOSED("proposed"),
    /** Net Zero Tracker "Achieved (self-declared)". */
    ACHIEVED_SELF_DECLARED("achieved-self-declared");

    private final String id;

    TargetStatus(String id) {
        this.id = id;
    }

    /** The identifier used in files and JSON, e.g. {@code policy-document}. */
    public String id() {
        return id;
    }

    /** The status with this {@link #id()}, ignoring case; empty if none. */
    public static Optional<TargetStatus> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.id.equals(wanted)).findFirst();
    }

    /** All identifiers, comma-separated, for messages. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(TargetStatus::id).toList());
    }
}
