package org.zhonghe.targets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words the statement classifier looks for, read once from the data files
 * {@code org/zhonghe/targets/words/words-LANG.txt} (one per language; their README lists the keys).
 * A key's lines in one file are one pattern of that language; every language is tried on every text.
 */
final class StatementWords {
    /** The languages with a word file, in the order their matches are reported. */
    static final List<String> LANGUAGES = List.of("en", "zh", "ja", "de", "fr", "it", "es", "pt");

    /** One language's pattern for one key. */
    record Words(String language, Pattern pattern) {}

    /** Where a key's words occur in a text, and in which language's list. */
    record Match(String key, String language, int start, int end, String words) {}

    private static final StatementWords INSTANCE = load();

    private final Map<String, List<Words>> byKey;
    private final Map<String, String> yearSide;

    private StatementWords(Map<String, List<Words>> byKey, Map<String, String> yearSide) {
        this.byKey = byKey;
        this.yearSide = yearSide;
    }

    static StatementWords get() {
        return INSTANCE;
    }

    /** {@code before}, {@code after} or {@code any}: where a neutrality word of this language has its year. */
    String yearSide(String language) {
        return yearSide.getOrDefault(language, "any");
    }

    /** Every match of the key in the text, of every language, in text order. */
    List<Match> find(String key, CharSequence text) {
        List<Match> found = new ArrayList<>();
        for (Words w : byKey.getOrDefault(key, List.of())) {
            Matcher m = w.pattern().matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    found.add(new Match(key, w.language(), m.start(), m.end(), m.group()));
                }
            }
        }
        found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        List<Match> distinct = new ArrayList<>(found.size());
        for (Match m : found) {
            Match last = distinct.isEmpty() ? null : distinct.get(distinct.size() - 1);
            if (last == null || last.start() != m.start() || last.end() != m.end()) {
                distinct.add(m);
            }
        }
        return distinct;
    }

    /** The first match of the key, of any language, or {@code null}. */
    Match first(String key, CharSequence text) {
        List<Match> all = find(key, text);
        return all.isEmpty() ? null : all.get(0);
    }

    /** True when the key's words of some language occur in the text. */
    boolean has(String key, CharSequence text) {
        for (Words w : byKey.getOrDefault(key, List.of())) {
            if (w.pattern().matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    private static StatementWords load() {
        Map<String, List<Words>> byKey = new HashMap<>();
        Map<String, String> sides = new HashMap<>();
        for (String language : LANGUAGES) {
            Map<String, List<String>> lines = read("words/words-" + language + ".txt");
            lines.forEach((key, alternatives) -> {
                if (key.equals("year-side")) {
                    sides.put(language, alternatives.get(0));
                    return;
                }
                String joined = String.join("|", alternatives.stream().map(a -> "(?:" + a + ")").toList());
                Pattern pattern = Pattern.compile(joined, Pattern.UNICODE_CHARACTER_CLASS);
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Words(language, pattern));
            });
        }
        return new StatementWords(byKey, sides);
    }

    private static Map<String, List<String>> read(String resource) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        try (InputStream in = StatementWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(": ");
                if (colon < 0) {
                    throw new IllegalStateException(resource + ": expected 'key: pattern', got '" + line + "'");
                }
                lines.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>())
                        .add(line.substring(colon + 2).strip());
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
