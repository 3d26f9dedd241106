package org.zhonghe.targets;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One key's words (every language's alternatives as one pattern) and the pairs of characters a match of
 * them can begin with, so that a scan tries the pattern only where a match can start instead of at every
 * position. Tried everywhere, the alternatives (each behind a Unicode {@code \b}) cost about 3.5 ms per
 * 700-character statement; a statement has a handful of possible beginnings per key.
 *
 * <p>The possible beginnings are learnt from the compiled pattern itself, the first time a text brings a
 * character or a pair of characters: the pattern is tried on that beginning alone, after each of a few
 * preceding texts ({@link #CONTEXTS}: none, a letter; also a digit, an ideograph, a space and a full stop
 * when the pattern has a negative lookbehind), which {@code \b} and lookbehind see. The beginning is
 * possible if the pattern matches there or needs more input to decide ({@link Matcher#hitEnd()}); a
 * pattern that fails without reading past the beginning fails whatever follows. Before a position the
 * pattern can only look through {@code \b} (word or not: the two contexts), {@code ^} (the empty
 * context) and lookbehind: a negative one is passed by the empty context, a positive one could need a
 * particular text, so a pattern with one is tried everywhere; so is every surrogate.
 *
 * <p>The scan tries the pattern at each possible beginning in text order exactly as {@link Matcher#find()}
 * does at each position ({@code lookingAt} over the rest of the text, transparent and non-anchoring
 * bounds), so its matches are a full scan's. {@code StatementWordsTest} holds the two to the same answers.
 * Thread-safe: the tables are filled racily but every thread writes the same values.
 */
final class WordPattern {
    private static final List<String> CONTEXTS = List.of("", "a", "1", "中", " ", ".");
    private static final byte UNKNOWN = 0;
    private static final byte KNOWN = (byte) 0x80;
    private static final byte CAN_BEGIN = 1;
    private static final byte CANNOT_BEGIN = 2;

    private final Pattern pattern;
    private final boolean screened;
    private final int contexts;
    private final Matcher probe;
    private final boolean matchesEmpty;
    /** By character: KNOWN plus the bits of the contexts after which it can begin a match (64 KiB a key). */
    private final byte[] singles = new byte[Character.MAX_VALUE + 1];
    /** By first character (page, index) and second (page, index): UNKNOWN, CAN_BEGIN or CANNOT_BEGIN. */
    private final byte[][][][] pairs = new byte[256][][][];

    WordPattern(Pattern pattern) {
        this.pattern = pattern;
        this.screened = !pattern.pattern().contains("(?<=");
        this.contexts = pattern.pattern().contains("(?<!") ? CONTEXTS.size() : 2;
        this.probe = matcher("");
        this.matchesEmpty = learn("", (1 << contexts) - 1, true) != 0;
    }

    /** True when the pattern can match the empty text at the end of some text. */
    boolean matchesEmpty() {
        return matchesEmpty;
    }

    Pattern pattern() {
        return pattern;
    }

    /** A matcher over the text, set up to be moved from one possible beginning to the next by {@link #matchAt}. */
    Matcher matcher(CharSequence text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Tries the pattern at one position, as {@link Matcher#find()} does there; true when it matches. */
    static boolean matchAt(Matcher m, int position, int length) {
        return m.region(position, length).lookingAt();
    }

    /** The first position at or after {@code from} where a match can begin, or the text's length. */
    int nextBeginning(String text, int from) {
        int length = text.length();
        if (!screened) {
            return Math.min(from, length);
        }
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                return i;
            }
            byte after = singles[c];
            if (after == UNKNOWN) {
                after = (byte) (KNOWN | learn(String.valueOf(c), (1 << contexts) - 1, false));
                singles[c] = after;
            }
            int possible = after & ~KNOWN;
            if (possible == 0) {
                continue;
            }
            if (i + 1 == length) {
                return i;
            }
            char next = text.charAt(i + 1);
            if (Character.isSurrogate(next) || canBegin(c, next, possible)) {
                return i;
            }
        }
        return length;
    }

    private boolean canBegin(char c, char next, int possible) {
        byte[][][] byFirst = pairs[c >>> 8];
        if (byFirst == null) {
            byFirst = new byte[256][][];
            pairs[c >>> 8] = byFirst;
        }
        byte[][] nextPages = byFirst[c & 0xff];
        if (nextPages == null) {
            nextPages = new byte[256][];
            byFirst[c & 0xff] = nextPages;
        }
        byte[] page = nextPages[next >>> 8];
        if (page == null) {
            page = new byte[256];
            nextPages[next >>> 8] = page;
        }
        byte known = page[next & 0xff];
        if (known == UNKNOWN) {
            known = learn(new String(new char[] {c, next}), possible, false) != 0 ? CAN_BEGIN : CANNOT_BEGIN;
            page[next & 0xff] = known;
        }
        return known == CAN_BEGIN;
    }

    /**
     * The contexts (bits, from those given) after which a match can begin with these characters: it
     * matches there, or reads past them. A beginning that fails after a context fails after it whatever
     * follows, so a pair is tried only after the contexts its first character passed. With
     * {@code exactly}, only a match of exactly these characters counts (the empty match at a text's end).
     */
    private synchronized int learn(String beginning, int among, boolean exactly) {
        int passed = 0;
        for (int k = 0; k < contexts; k++) {
            if ((among & (1 << k)) == 0) {
                continue;
            }
            String before = CONTEXTS.get(k);
            probe.reset(before + beginning).region(before.length(), before.length() + beginning.length());
            if (exactly ? probe.matches() : probe.lookingAt() || probe.hitEnd()) {
                passed |= 1 << k;
            }
        }
        return passed;
    }
}
