package org.zhonghe.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The four-digit years of a statement and what each one is. Only a {@link Use#CANDIDATE} can be a target
 * year; the others are a base year ("compared to 1990", 1990年比), a date ("September 2015"), a citation
 * ("Accountability Act, 2021", "(LTS, 2021)", "Afghanistan 2022 Updated NDC", "Regulation (EU)
 * 2023/857", "(2016)"), the first year of a period ("2021-2030", "2020 to 2030": the period ends in its
 * last year) or a year before the text's own date (a target year in the past is not a future target).
 */
final class StatementYears {
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\d.a-z])(1[89]\\d{2}|2[01]\\d{2})(?![\\d%]|[.,]\\d)");
    /** After a year: the next year of its period (dashes are spaces by now). */
    private static final Pattern PERIOD_END = Pattern.compile(
            "^\\s*(to|through|until|till|à|au|a|al|bis|hasta|até|至|到|~|/)?\\s*(1[89]\\d{2}|2[01]\\d{2})(?!\\d)");
    /** After a year: a document number ("2023/857"), not a year of its own. */
    private static final Pattern NUMBER_AFTER = Pattern.compile("^/\\d");

    /** What a year of the text is. */
    enum Use {
        /** A possible target year. */
        CANDIDATE,
        /** A base year. */
        BASE,
        /** The year of a date. */
        DATE,
        /** The year of a document cited (its date or number). */
        CITATION,
        /** The first year of a period whose last year follows. */
        PERIOD_START,
        /** Before the text's own date: not a future target. */
        PAST
    }

    /** One year: where it stands, its value, what it is, and the words that tell (for the explanation). */
    record Year(int start, int end, int value, Use use, String words) {
        int[] span() {
            return new int[] {start, end};
        }
    }

    private final List<Year> years;

    private StatementYears(List<Year> years) {
        this.years = List.copyOf(years);
    }

    /**
     * The years of the text.
     *
     * @param asOf the year of the text's own date (the tracker row's {@code Last_updated}); a year before it
     *             is {@link Use#PAST}; {@code null} when the text has no date (then no year is past)
     */
    static StatementYears of(StatementText statement, StatementWords words, Integer asOf) {
        String text = statement.value();
        List<Year> years = new ArrayList<>();
        Matcher m = YEAR.matcher(text);
        int contextStart = -1;   // a period's last year is read with the words before its first
        while (m.find()) {
            int from = contextStart >= 0 ? contextStart : m.start();
            contextStart = -1;
            String before = text.substring(Math.max(0, from - 30), from);
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 24));
            int value = Integer.parseInt(m.group(1));
            String own = text.substring(m.start(), m.end());
            Use use;
            String why = own;
            Matcher period = PERIOD_END.matcher(after);
            boolean periodStarts = period.find();
            StatementWords.Match cited = words.first("citation-before", before);
            StatementWords.Match citedAfter = words.first("citation-after", after);
            if (words.has("base-before", before) || words.has("base-after", after)) {
                use = Use.BASE;
            } else if ((words.has("month", before) && !words.has("deadline-before", before))
                    || words.has("date-after", after)) {
                use = Use.DATE;
            } else if (NUMBER_AFTER.matcher(after).find()) {
                use = Use.CITATION;
                why = text.substring(m.start(), Math.min(text.length(), m.end() + 4)).strip();
            } else if (cited != null || citedAfter != null || (before.endsWith("(") && after.startsWith(")"))) {
                use = Use.CITATION;
                why = cited != null ? (cited.words() + text.substring(from, m.end())).strip()
                        : citedAfter != null ? (own + citedAfter.words()).strip() : "(" + own + ")";
            } else if (periodStarts) {
                use = Use.PERIOD_START;
                why = (own + period.group()).strip();
            } else if (asOf != null && value < asOf) {
                use = Use.PAST;
            } else {
                use = Use.CANDIDATE;
            }
            if (periodStarts && (use == Use.CITATION || use == Use.PERIOD_START)) {
                contextStart = from;   // "Plan 2023-2025": the period's last year is cited too
            }
            years.add(new Year(m.start(), m.end(), value, use, why));
        }
        return new StatementYears(years);
    }

    /** Every year of the text, in text order. */
    List<Year> all() {
        return years;
    }

    /** The spans of the years that can be target years, in text order. */
    List<int[]> candidates() {
        return years.stream().filter(y -> y.use() == Use.CANDIDATE).map(Year::span).toList();
    }

    /** True when the text names a base year or a date (a reduction "from 2005", "since September 2015"). */
    boolean hasBaseYear() {
        return years.stream().anyMatch(y -> y.use() == Use.BASE || y.use() == Use.DATE);
    }
}
