package org.zhonghe.registry;

import java.util.Locale;

/** What a registry says of a serial block: still held (issued), retired, or cancelled. */
public enum CreditStatus {
    ISSUED, RETIRED, CANCELLED;

    /** The id as printed ({@code retired}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
