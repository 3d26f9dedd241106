package org.zhonghe.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * An assessment as uploaded, stored and exported, held in memory: the document (YAML or JSON)
 * and the CSV ledgers it names ({@code emissions: {file: emissions.csv}}) by file name. What is
 * exported is exactly what was imported, so it re-imports to the same result.
 *
 * @param syntax   the document's syntax
 * @param document the assessment text
 * @param ledgers  CSV ledgers (and factor sets) by plain file name (no directories); may be empty
 */
public record AssessmentFile(Syntax syntax, String document, Map<String, String> ledgers) {
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
     * Reads the assessment from memory. Without ledgers a {@code {file: …}} reference is a
     * problem naming the document {@code body} (the server never reads files a client names);
     * with ledgers a reference may name one of them, and problems name the parts as sent.
     */
    public ReadResult read(AssessmentReader reader) {
        if (ledgers.isEmpty()) return reader.read(document, "body", syntax, false);
        return reader.read(document, documentName(), syntax, ledgers);
    }
}
