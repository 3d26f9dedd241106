package org.zhonghe.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The parts of an assessment as stored, byte for byte as they were sent: the document and the
 * CSV ledgers it names by file name. The store keeps them to export and to re-read; it never
 * reads them itself.
 *
 * @param syntax   the document's syntax, {@code YAML} or {@code JSON}
 * @param document the assessment text
 * @param ledgers  ledgers by plain file name; may be empty
 */
public record StoredParts(String syntax, String document, Map<String, String> ledgers) {
    private static final Set<String> SYNTAXES = Set.of("YAML", "JSON");
    private static final ObjectMapper SORTED = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    public StoredParts {
        Objects.requireNonNull(syntax, "syntax");
        Objects.requireNonNull(document, "document");
        if (!SYNTAXES.contains(syntax)) throw new IllegalArgumentException("syntax '" + syntax + "': expected YAML or JSON");
        ledgers = new TreeMap<>(ledgers);
    }

    /** SHA-256 of the canonical input: the parts with sorted keys, and the overrides. */
    public String hash(String overrides) {
        Map<String, Object> canonical = new TreeMap<>();
        canonical.put("syntax", syntax);
        canonical.put("document", document.replace("\r\n", "\n"));
        canonical.put("ledgers", ledgers);
        canonical.put("overrides", overrides);
        try {
            return Accounts.sha256(SORTED.writeValueAsString(canonical));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
