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
import java.util.Set;
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

    /** One language's words for one key, as a regular expression. */
    private record Words(String language, String pattern) {}

    /** Where a key's words occur in a text, and in which language's list. */
    record Match(String key, String language, int start, int end, String words) {}

    private static final StatementWords INSTANCE = load();

    private static final StatementWords REGEX_ONLY = new StatementWords(INSTANCE.byKey, INSTANCE.yearSide, false);

    private final Map<String, WordPattern> byKey;
    private final Map<String, String> yearSide;
    private final boolean screened;

    private StatementWords(Map<String, WordPattern> byKey, Map<String, String> yearSide, boolean screened) {
        this.byKey = byKey;
        this.yearSide = yearSide;
        this.screened = screened;
    }

    /** The words, each key's pattern tried only where a match can begin. */
    static StatementWords get() {
        return INSTANCE;
    }

    /** The same words scanned by {@link Matcher#find()} at every position: the reference the tests hold {@link #get()} to. */
    static StatementWords regexOnly() {
        return REGEX_ONLY;
    }

    /** The keys that have words in some language. */
    Set<String> keys() {
        return byKey.keySet();
    }

    /** {@code before}, {@code after} or {@code any}: where a neutrality word of this language has its year. */
    String yearSide(String language) {
        return yearSide.getOrDefault(language, "any");
    }

    /**
     * Every match of the key in the text, in text order, named by the language whose words matched (one
     * scan: the languages' words are alternatives of one pattern, each in a group named by its language;
     * the pattern is tried only where a match can begin, see {@link WordPattern}).
     */
    List<Match> find(String key, CharSequence text) {
        List<Match> found = new ArrayList<>();
        WordPattern words = byKey.get(key);
        if (words != null) {
            scan(key, words, text, found, false);
        }
        return found;
    }

    /** The first match of the key, of any language, or {@code null}. */
    Match first(String key, CharSequence text) {
        WordPattern words = byKey.get(key);
        if (words == null) {
            return null;
        }
        List<Match> found = new ArrayList<>(1);
        scan(key, words, text, found, true);
        return found.isEmpty() ? null : found.get(0);
    }

    /** True when the key's words of some language occur in the text. */
    boolean has(String key, CharSequence chars) {
        WordPattern words = byKey.get(key);
        String text = chars.toString();
        if (words == null) {
            return false;
        }
        if (!screened) {
            return words.pattern().matcher(text).find();
        }
        int length = text.length();
        int i = words.nextBeginning(text, 0);
        if (i == length && !words.matchesEmpty()) {
            return false;
        }
        Matcher m = words.matcher(text);
        for (; i < length; i = words.nextBeginning(text, i + 1)) {
            if (WordPattern.matchAt(m, i, length)) {
                return true;
            }
        }
        return WordPattern.matchAt(m, length, length);
    }

    /**
     * The non-empty matches in text order, as successive {@link Matcher#find()} calls give them (after a
     * match the scan goes on at its end, after an empty one at the next position).
     */
    private void scan(String key, WordPattern words, CharSequence chars, List<Match> found, boolean firstOnly) {
        String text = chars.toString();
        if (!screened) {
            Matcher m = words.pattern().matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    found.add(new Match(key, language(m), m.start(), m.end(), m.group()));
                    if (firstOnly) {
                        return;
                    }
                }
            }
            return;
        }
        int length = text.length();
        int i = words.nextBeginning(text, 0);
        Matcher m = i < length ? words.matcher(text) : null;
        while (i < length) {
            if (WordPattern.matchAt(m, i, length) && m.end() > m.start()) {
                found.add(new Match(key, language(m), m.start(), m.end(), m.group()));
                if (firstOnly) {
                    return;
                }
                i = words.nextBeginning(text, m.end());
            } else {
                i = words.nextBeginning(text, i + 1);
            }
        }
    }

    private static String language(Matcher m) {
        for (String language : LANGUAGES) {
            try {
                if (m.start(language) >= 0) {
                    return language;
                }
            } catch (IllegalArgumentException e) {
                // this key has no words in that language
            }
        }
        return "";
    }

    private static StatementWords load() {
        Map<String, List<Words>> byKey = new LinkedHashMap<>();
        Map<String, String> sides = new HashMap<>();
        for (String language : LANGUAGES) {
            Map<String, List<String>> lines = read("words/words-" + language + ".txt");
            lines.forEach((key, alternatives) -> {
                if (key.equals("year-side")) {
                    sides.put(language, alternatives.get(0));
                    return;
                }
                String joined = String.join("|", alternatives.stream().map(a -> "(?:" + a + ")").toList());
                Pattern.compile(joined, Pattern.UNICODE_CHARACTER_CLASS);
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Words(language, joined));
            });
        }
        Map<String, WordPattern> patterns = new HashMap<>();
        byKey.forEach((key, words) -> patterns.put(key, new WordPattern(Pattern.compile(String.join("|", words.stream()
                .map(w -> "(?<" + w.language() + ">" + w.pattern() + ")").toList()), Pattern.UNICODE_CHARACTER_CLASS))));
        return new StatementWords(patterns, sides, true);
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
