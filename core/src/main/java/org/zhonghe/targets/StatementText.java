package org.zhonghe.targets;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement prepared for the classifier: NFKC (full-width digits to ASCII, CO₂ to CO2), lower case,
 * URLs, numeric dates and page references blanked, hyphens and dashes to spaces, runs of spaces to one.
 * Knows its clauses (split at , ; : . 。 and line ends) and sentences (split at . 。 ; ! ? and line ends);
 * its years are read by {@link StatementYears}.
 */
final class StatementText {
    private static final Pattern URL = Pattern.compile("(https?://|www\\.)\\S+");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "\\b\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b");
    private static final Pattern CLAUSE_END = Pattern.compile("(?<!\\d)\\.|\\.(?!\\d)|(?<!\\d),|,(?!\\d)|[;。:!?\\n、]");
    /** A dash before a number, after a space or a bracket: a minus sign, kept ("-1.8 million tonnes"). */
    private static final Pattern MINUS = Pattern.compile("(?<=^|[\\s(])[-‐‑–−](?=\\d)");
    private static final Pattern DASH = Pattern.compile("[-‐‑–—_]");
    private static final Pattern BLANKS = Pattern.compile("[ \\t\\u00a0]+");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern FULL_STOP = Pattern.compile("\\.(?=\\s)|[。!?！？]|\\n\\s*\\n");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\d)\\.|\\.(?!\\d)|[;。!?\\n]");

    private final String text;

    private StatementText(String text) {
        this.text = text;
    }

    static StatementText of(String statement, StatementWords words) {
        String t = Normalizer.normalize(statement, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        t = URL.matcher(t).replaceAll(" ");
        t = NUMERIC_DATE.matcher(t).replaceAll(" ");
        t = MINUS.matcher(t).replaceAll("−");
        t = BLANKS.matcher(DASH.matcher(t).replaceAll(" ")).replaceAll(" ");
        StringBuilder cleaned = new StringBuilder(t);
        for (StatementWords.Match m : words.find("page-ref", t)) {
            for (int i = m.start(); i < m.end(); i++) {
                cleaned.setCharAt(i, ' ');
            }
        }
        return new StatementText(SPACES.matcher(cleaned).replaceAll(" ").strip());
    }

    /**
     * This text without the sentences around the matches of a key (each sentence replaced by one space,
     * the sentence ends kept), and the matches found; the same text when there are none. A match followed
     * by a colon ("these are forecasts NOT TARGETS : …") takes the rest of the text with it.
     */
    StatementText withoutSentencesOf(String key, StatementWords words, List<StatementWords.Match> found) {
        List<StatementWords.Match> matches = words.find(key, text);
        if (matches.isEmpty()) {
            return this;
        }
        found.addAll(matches);
        StringBuilder b = new StringBuilder();
        int done = 0;
        for (StatementWords.Match m : matches) {
            int[] s = sentence(m.start());
            if (text.substring(m.end(), Math.min(text.length(), m.end() + 3)).contains(":")) {
                s = new int[] {s[0], text.length()};
            }
            if (s[1] <= done) {
                continue;
            }
            b.append(text, done, Math.max(done, s[0])).append(' ');
            done = s[1];
        }
        b.append(text.substring(done));
        return new StatementText(SPACES.matcher(b).replaceAll(" ").strip());
    }

    String value() {
        return text;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** The start and end of the clause around a position. */
    int[] clause(int position) {
        return around(CLAUSE_END, position);
    }

    /** The start and end of the sentence around a position. */
    int[] sentence(int position) {
        return around(SENTENCE_END, position);
    }

    /** True when a clause ends between the two positions. */
    boolean clauseEndBetween(int from, int to) {
        return from < to && CLAUSE_END.matcher(text.substring(from, to)).find();
    }

    /** The start and end of the full sentence around a position (see {@link #sentenceEndBetween}). */
    int[] fullSentence(int position) {
        return around(FULL_STOP, position);
    }

    /**
     * True when a full sentence ends between the two positions: a full stop before a space, 。 ! ? or an
     * empty line (a single line break is not one: texts copied from PDFs break lines inside sentences).
     */
    boolean sentenceEndBetween(int from, int to) {
        return from < to && FULL_STOP.matcher(text.substring(from, to)).find();
    }

    int year(int[] span) {
        return Integer.parseInt(text.substring(span[0], span[1]));
    }

    private int[] around(Pattern end, int position) {
        int start = 0;
        int stop = text.length();
        Matcher m = end.matcher(text);
        while (m.find()) {
            if (m.end() <= position) {
                start = m.end();
            } else if (m.start() >= position) {
                stop = m.start();
                break;
            }
        }
        return new int[] {start, stop};
    }
}
