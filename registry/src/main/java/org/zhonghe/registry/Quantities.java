package org.zhonghe.registry;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Quantities as the exports write them: {@code 4212}, {@code "1,454,054"}, {@code 2765.37}, {@code 8.0}. */
final class Quantities {
    private static final Pattern GROUPED = Pattern.compile("^\\d{1,3}(,\\d{3})+(\\.\\d+)?$");
    private static final Pattern PLAIN = Pattern.compile("^\\d+(\\.\\d+)?$");

    private Quantities() {}

    /** The exact decimal written; thousands separators only in groups of three. */
    static BigDecimal parse(String text) {
        String t = text.strip();
        if (GROUPED.matcher(t).matches()) return new BigDecimal(t.replace(",", ""));
        if (PLAIN.matcher(t).matches()) return new BigDecimal(t);
        throw new IllegalArgumentException("is not a non-negative quantity (e.g. 4212, 1,454,054 or 2765.37)");
    }
}
