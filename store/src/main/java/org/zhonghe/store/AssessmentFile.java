package org.zhonghe.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.zhonghe.assessment.Problem;
import org.zhonghe.io.AssessmentReader;
import org.zhonghe.io.ReadResult;
import org.zhonghe.io.Syntax;

/**
 * An assessment file as imported and exported: the document (YAML or JSON) and the CSV ledgers it
 * names ({@code emissions: {file: emissions.csv}}), by file name. What is exported is exactly
 * what was imported, so it re-imports to the same result.
 *
 * @param syntax   the document's syntax
 * @param document the assessment text
 * @param ledgers  CSV ledgers by plain file name (no directories); may be empty
 */
public record AssessmentFile(Syntax syntax, String document, Map<String, String> ledgers) {
    private static final Pattern TEMP_PREFIX = Pattern.compile("^.*zhonghe-import[^/\\\\]*[/\\\\]");
    private static final Pattern LEDGER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final ObjectMapper SORTED = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    /** The part name problems give for the document. */
    public static final String DOCUMENT = "assessment";

    public AssessmentFile {
        Objects.requireNonNull(syntax, "syntax");
        Objects.requireNonNull(document, "document");
        ledgers = new TreeMap<>(ledgers);
    }

    /** The document alone, ledgers inline. */
    public static AssessmentFile inline(Syntax syntax, String document) {
        return new AssessmentFile(syntax, document, Map.of());
    }

    /** The file {@code dir/name} with every {@code .csv} file beside it, as a bundled example is imported. */
    public static AssessmentFile fromDirectory(Path dir, String name) throws IOException {
        Map<String, String> csv = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".csv")).toList()) {
                csv.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        Path doc = dir.resolve(name);
        return new AssessmentFile(Syntax.of(doc), Files.readString(doc, StandardCharsets.UTF_8), csv);
    }

    /** The document's name in problems: {@code assessment.yaml} or {@code assessment.json}. */
    public String documentName() {
        return DOCUMENT + (syntax == Syntax.JSON ? ".json" : ".yaml");
    }

    /**
     * Reads the assessment. Without ledgers a {@code {file: …}} reference is a problem (the server
     * never reads files a client names); with ledgers the parts are written to a private
     * directory of their own and read from there, so problems name them as sent.
     */
    public ReadResult read(AssessmentReader reader) {
        if (ledgers.isEmpty()) return reader.read(document, "body", syntax, false);
        for (String name : ledgers.keySet()) {
            if (!LEDGER_NAME.matcher(name).matches() || !name.endsWith(".csv")) {
                throw new BadRequest("ledger name '" + name + "': expected a plain file name ending in .csv");
            }
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("zhonghe-import");
            Path doc = dir.resolve(documentName());
            Files.writeString(doc, document, StandardCharsets.UTF_8);
            for (Map.Entry<String, String> e : ledgers.entrySet()) {
                Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
            ReadResult r = reader.read(doc, StandardCharsets.UTF_8, dir);
            return r instanceof ReadResult.Invalid bad ? new ReadResult.Invalid(partNames(bad.problems())) : r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) delete(dir);
        }
    }

    /** SHA-256 of the canonical input: the parts with sorted keys, and the overrides. */
    public String hash(String overrides) {
        Map<String, Object> canonical = new TreeMap<>();
        canonical.put("syntax", syntax.name());
        canonical.put("document", document.replace("\r\n", "\n"));
        canonical.put("ledgers", ledgers);
        canonical.put("overrides", overrides);
        try {
            return Accounts.sha256(SORTED.writeValueAsString(canonical));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Problems with the files named as sent (the private directory a read used left out). */
    public static List<Problem> partNames(List<Problem> problems) {
        return problems.stream()
                .map(p -> new Problem(TEMP_PREFIX.matcher(p.file()).replaceFirst(""), p.line(), p.field(), p.value(), p.key(), p.args()))
                .toList();
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
