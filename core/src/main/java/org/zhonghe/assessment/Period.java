package org.zhonghe.assessment;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The reporting period of a balance, both ends inclusive (§4.1: "a balance over a period").
 *
 * @param from first day
 * @param to   last day, not before {@code from}
 */
public record Period(LocalDate from, LocalDate to) {
    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The calendar year of the last day. */
    public int lastYear() {
        return to.getYear();
    }
}
