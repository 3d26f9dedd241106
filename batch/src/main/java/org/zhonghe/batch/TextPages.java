package org.zhonghe.batch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Texts kept as their UTF-8 bytes in pages, each known by a {@code long}: its page (high 24
 * bits), its offset in the page (20 bits) and its length in bytes (20 bits). No object per text:
 * the serials of hundreds of thousands of credits are bytes in a few pages, not as many strings
 * for the collector to copy (docs/performance.md, session 11). Pages start at 4 KiB and double to
 * 256 KiB, so that a file of a few rows costs a few bytes.
 */
final class TextPages {
    private static final int FIRST = 1 << 12;
    private static final int PAGE = 1 << 18;
    /** The longest text: 20 bits of length (a serial has at most 200 characters by the schema). */
    private static final int LONGEST = (1 << 20) - 1;

    private final List<byte[]> pages = new ArrayList<>();
    private byte[] page;
    private int used;

    /** Keeps {@code s}; returns where it is. */
    long add(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return add(b, 0, b.length);
    }

    /** Keeps the bytes {@code b[from, from + length)}; returns where they are. */
    long add(byte[] b, int from, int length) {
        if (length > LONGEST) throw new IllegalArgumentException("a text of " + length + " bytes");
        if (page == null || used + length > page.length) {
            int size = page == null ? FIRST : Math.min(PAGE, page.length * 2);
            page = new byte[Math.max(size, length)];
            pages.add(page);
            used = 0;
        }
        System.arraycopy(b, from, page, used, length);
        long at = (long) (pages.size() - 1) << 40 | (long) used << 20 | length;
        used += length;
        return at;
    }

    /** Copies the text {@code at} of {@code other} here; returns where it is here. */
    long copy(TextPages other, long at) {
        return add(other.pages.get((int) (at >>> 40)), (int) (at >>> 20) & LONGEST, (int) at & LONGEST);
    }

    /**
     * Moves the pages of {@code other} after these (it is left empty); returns the number of the
     * first, to add to the page of each place {@code other} gave.
     */
    int append(TextPages other) {
        int first = pages.size();
        pages.addAll(other.pages);
        page = null; // the next text starts a page of its own
        other.pages.clear();
        other.page = null;
        return first;
    }

    /** The text {@code at}. */
    String text(long at) {
        return new String(pages.get((int) (at >>> 40)), (int) (at >>> 20) & LONGEST, (int) at & LONGEST, StandardCharsets.UTF_8);
    }
}
