package org.zhonghe.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The screened scan of the word lists ({@link WordPattern}: the patterns tried only where a match can begin)
 * against the plain one ({@link StatementWords#regexOnly()}: {@link Matcher#find()} at every position):
 * the same matches for every key, and the same classification, reasons included, for every statement of the
 * table, of the shipped snapshots, of the audit fixture and of random texts made from them.
 */
class StatementWordsTest {
    private static final StatementWords SCREENED = StatementWords.get();
    private static final StatementWords PLAIN = StatementWords.regexOnly();
    private static final Pattern QUOTED_CELL = Pattern.compile("\"((?:[^\"]|\"\")*)\"");

    @Test
    void every_statement_of_the_table_snapshots_and_audit_fixture_is_classified_the_same_by_both_scans()
            throws IOException {
        List<String> statements = statements();
        assertThat(statements).hasSizeGreaterThan(400);
        for (String s : statements) {
            assertThat(StatementClassifier.classify(s, SCREENED)).as(s)
                    .isEqualTo(StatementClassifier.classify(s, PLAIN));
        }
    }

    @Test
    void every_key_finds_the_same_words_in_every_statement_and_in_any_part_of_it() throws IOException {
        Random random = new Random(18);
        for (String s : statements()) {
            String text = StatementText.of(s, PLAIN).value();
            sameMatches(text);
            if (!text.isEmpty()) {
                int from = random.nextInt(text.length());
                sameMatches(text.substring(from, from + random.nextInt(Math.min(40, text.length() - from) + 1)));
            }
        }
    }

    @Test
    void random_texts_made_of_pieces_of_statements_and_odd_characters_are_read_the_same_by_both_scans()
            throws IOException {
        List<String> statements = statements();
        String odd = "0123456789 .,;:!?()%-_/\n\tàéßøñç中年月日々ー•\u00a0\u200b\uD83C\uDF0D€°℃²₂";
        Random random = new Random(15);
        for (int n = 0; n < 300; n++) {
            StringBuilder b = new StringBuilder();
            for (int piece = random.nextInt(5); piece >= 0; piece--) {
                String from = statements.get(random.nextInt(statements.size()));
                int start = random.nextInt(from.length());
                b.append(from, start, Math.min(from.length(), start + 1 + random.nextInt(80)));
                for (int c = random.nextInt(4); c > 0; c--) {
                    b.append(odd.charAt(random.nextInt(odd.length())));
                }
            }
            String text = b.toString();
            assertThat(StatementClassifier.classify(text, SCREENED)).as(text)
                    .isEqualTo(StatementClassifier.classify(text, PLAIN));
            sameMatches(text.toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void the_screened_scan_keeps_the_plain_scans_leftmost_first_alternative_and_its_empty_matches() {
        // "no" is a negation in English, "no" before "later than" is not: the longer alternative of the
        // not-negation key wins where both begin, and the scan goes on after it
        sameMatches("no later than 2050, not only co2; no net zero");
        sameMatches("");
        sameMatches(" ");
        sameMatches("2050年前碳中和，2030年前达峰");
    }

    private static void sameMatches(String text) {
        for (String key : PLAIN.keys()) {
            assertThat(SCREENED.find(key, text)).as("%s in '%s'", key, text).isEqualTo(PLAIN.find(key, text));
            assertThat(SCREENED.first(key, text)).as("%s in '%s'", key, text).isEqualTo(PLAIN.first(key, text));
            assertThat(SCREENED.has(key, text)).as("%s in '%s'", key, text).isEqualTo(PLAIN.has(key, text));
        }
    }

    /** The table's statements, every cell of both shipped snapshots and the quoted cells of the audit fixture, once each. */
    private static List<String> statements() throws IOException {
        Set<String> all = new LinkedHashSet<>();
        StatementTableTest.rows().forEach(r -> all.add(r.text()));
        for (String id : List.of("2022-01", "2025-11")) {   // every cell of both shipped snapshots
            try (InputStream in = StatementWordsTest.class.getResourceAsStream("snapshot-" + id + ".csv");
                 CSVParser csv = CSVParser.parse(in, StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
                for (CSVRecord record : csv) {
                    record.stream().filter(t -> !t.isBlank()).forEach(all::add);
                }
            }
        }
        Path fixture = Path.of("../cli/src/test/resources/targets/nzt-export-fixture.csv");
        for (String line : Files.readAllLines(fixture, StandardCharsets.UTF_8)) {
            Matcher cell = QUOTED_CELL.matcher(line);
            while (cell.find()) {
                all.add(cell.group(1).replace("\"\"", "\""));
            }
        }
        return List.copyOf(all);
    }
}
