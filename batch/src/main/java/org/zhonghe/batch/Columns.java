package org.zhonghe.batch;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Growing columns of a file's rows, in pages: a full page is never copied, so a column of
 * hundreds of thousands of rows leaves no garbage behind it and no object per row (the young
 * collections of the serial collector copied every row's objects while removals.csv and
 * credits.csv were read: docs/performance.md). The first page starts small and doubles, so a
 * file of a few rows (a test, a single entity in Spark) costs a few bytes.
 */
final class Columns {
    private Columns() {}

    /**
     * Entries per page: 2¹⁵ longs or 2¹⁶ ints or references, 256 KiB — just above the launcher's
     * {@code -XX:PretenureSizeThreshold=262144}, so a full page is made in the old generation at once.
     */
    private static final int LONG_SHIFT = 15;
    private static final int INT_SHIFT = 16;

    /** A column of longs. */
    static final class Longs {
        private long[][] pages = {new long[16]};
        private int size;

        void add(long v) {
            int p = size >>> LONG_SHIFT;
            int at = size & ((1 << LONG_SHIFT) - 1);
            if (p == pages.length) pages = Arrays.copyOf(pages, p * 2);
            long[] page = pages[p];
            if (page == null) page = pages[p] = new long[1 << LONG_SHIFT];
            else if (at == page.length) page = pages[p] = Arrays.copyOf(page, Math.min(page.length * 2, 1 << LONG_SHIFT));
            page[at] = v;
            size++;
        }

        long get(int i) {
            return pages[i >>> LONG_SHIFT][i & ((1 << LONG_SHIFT) - 1)];
        }

        int size() {
            return size;
        }
    }

    /** A column of ints. */
    static final class Ints {
        private int[][] pages = {new int[16]};
        private int size;

        void add(int v) {
            int p = size >>> INT_SHIFT;
            int at = size & ((1 << INT_SHIFT) - 1);
            if (p == pages.length) pages = Arrays.copyOf(pages, p * 2);
            int[] page = pages[p];
            if (page == null) page = pages[p] = new int[1 << INT_SHIFT];
            else if (at == page.length) page = pages[p] = Arrays.copyOf(page, Math.min(page.length * 2, 1 << INT_SHIFT));
            page[at] = v;
            size++;
        }

        int get(int i) {
            return pages[i >>> INT_SHIFT][i & ((1 << INT_SHIFT) - 1)];
        }

        int size() {
            return size;
        }
    }

    /** A column of references (to shared values, or null: a row's own objects belong elsewhere). */
    static final class Refs<T> {
        private Object[][] pages = {new Object[16]};
        private int size;

        void add(T v) {
            int p = size >>> INT_SHIFT;
            int at = size & ((1 << INT_SHIFT) - 1);
            if (p == pages.length) pages = Arrays.copyOf(pages, p * 2);
            Object[] page = pages[p];
            if (page == null) page = pages[p] = new Object[1 << INT_SHIFT];
            else if (at == page.length) page = pages[p] = Arrays.copyOf(page, Math.min(page.length * 2, 1 << INT_SHIFT));
            page[at] = v;
            size++;
        }

        @SuppressWarnings("unchecked")
        T get(int i) {
            return (T) pages[i >>> INT_SHIFT][i & ((1 << INT_SHIFT) - 1)];
        }
    }

    /** Returned by {@link #pack} for a decimal it cannot hold. */
    static final long NOT_PACKED = Long.MIN_VALUE;

    /**
     * A decimal of at most 17 digits and a scale from 0 to 31 as one long (its unscaled value
     * shifted left by five bits, its scale in the five below): {@link #unpack} gives back an equal
     * {@code BigDecimal}, its scale included. Anything else: {@link #NOT_PACKED}.
     */
    static long pack(BigDecimal d) {
        int scale = d.scale();
        if (scale < 0 || scale > 31 || d.precision() > 17) return NOT_PACKED;
        return d.scaleByPowerOfTen(scale).longValue() << 5 | scale; // the unscaled value, without a BigInteger
    }

    /** The decimal {@link #pack} made {@code packed} of. */
    static BigDecimal unpack(long packed) {
        if (packed == 0) return BigDecimal.ZERO;
        return BigDecimal.valueOf(packed >> 5, (int) (packed & 31));
    }
}
