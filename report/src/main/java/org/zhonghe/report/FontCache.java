package org.zhonghe.report;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The parsed fonts kept between PDF reports in one process (a server renders many): a report takes
 * a {@link ParsedFonts} (one kept from an earlier report, else a new one) and gives it back when
 * its PDF is written. Each is used by one report at a time; at most {@link #MAX_IDLE} are kept, so
 * the memory is bounded (a parsed CJK font holds ~10 MB) and a burst of concurrent reports parses
 * its own. Fonts found elsewhere, or files changed since they were parsed, are parsed again.
 * Thread-safe.
 */
final class FontCache {
    /** Parsed font sets kept; two cores render at most two reports at once at full speed. */
    static final int MAX_IDLE = 2;
    private static final Deque<ParsedFonts> IDLE = new ArrayDeque<>();

    private FontCache() {}

    /** A parsed font set for {@code fonts}, for one report; give it back with {@link #give}. */
    static ParsedFonts take(SystemFonts fonts) {
        String stamp = ParsedFonts.stampOf(fonts);
        synchronized (IDLE) {
            while (!IDLE.isEmpty()) {
                ParsedFonts p = IDLE.pop();
                if (p.fonts().equals(fonts) && p.stamp().equals(stamp)) return p;
                p.close();
            }
        }
        return new ParsedFonts(fonts, stamp);
    }

    /** Keeps {@code p} for a later report, or closes it when enough are kept. */
    static void give(ParsedFonts p) {
        synchronized (IDLE) {
            if (IDLE.size() < MAX_IDLE) {
                IDLE.push(p);
                return;
            }
        }
        p.close();
    }

    /** How many parsed font sets are kept now (for tests). */
    static int idle() {
        synchronized (IDLE) {
            return IDLE.size();
        }
    }
}
