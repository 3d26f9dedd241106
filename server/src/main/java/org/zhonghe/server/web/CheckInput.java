package org.zhonghe.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.zhonghe.io.AssessmentReader;
import org.zhonghe.io.ReadResult;
import org.zhonghe.io.Syntax;
import org.zhonghe.io.AssessmentFile;
import org.zhonghe.io.WorkbookTemplate;
import org.zhonghe.server.BadRequest;

/**
 * What the stateless check reads besides an assessment with inline ledgers, as the web UI sends
 * it: the envelope {@code {"syntax", "document", "ledgers": {"emissions.csv": "…"}}} (an
 * assessment with its CSV ledgers) or an XLSX workbook, read by {@code io} as any assessment
 * workbook ({@link AssessmentReader#readWorkbook}; its problems name {@value #WORKBOOK} and the
 * sheet, row and column). A ledger reference in the document may only name a ledger sent with
 * it: the server never reads a file a client names.
 *
 * @param file     the parts to read (the envelope); null for a workbook
 * @param workbook the XLSX bytes; null for the envelope
 */
public record CheckInput(AssessmentFile file, byte[] workbook) {
    /** The name a workbook's problems give it: the upload has no name of its own. */
    public static final String WORKBOOK = "workbook.xlsx";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final java.util.Set<String> UNREADABLE = java.util.Set.of("xlsx.unreadable", "workbook.xls");
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /** True for the XLSX media type. */
    public static boolean isWorkbook(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(WorkbookTemplate.MEDIA_TYPE);
    }

    public static CheckInput workbook(byte[] body) {
        return new CheckInput(null, body);
    }

    /** The envelope, when a JSON body is one (an object with a text {@code document}); else empty. */
    public static java.util.Optional<CheckInput> envelope(String json) {
        JsonNode n;
        try {
            n = MAPPER.readTree(json);
        } catch (Exception notJson) {
            return java.util.Optional.empty();
        }
        if (n == null || !n.isObject() || !n.path("document").isTextual()) return java.util.Optional.empty();
        String s = n.path("syntax").asText("yaml").toLowerCase(Locale.ROOT);
        Syntax syntax = switch (s) {
            case "yaml" -> Syntax.YAML;
            case "json" -> Syntax.JSON;
            default -> throw new BadRequest("syntax '" + s + "': expected yaml or json");
        };
        Map<String, String> ledgers = new LinkedHashMap<>();
        JsonNode l = n.path("ledgers");
        if (!l.isMissingNode() && !l.isNull()) {
            if (!l.isObject()) throw new BadRequest("ledgers: expected an object of file name to CSV text");
            l.fields().forEachRemaining(e -> {
                if (!e.getValue().isTextual()) throw new BadRequest("ledgers." + e.getKey() + ": expected CSV text");
                if (!PLAIN_NAME.matcher(e.getKey()).matches() || !e.getKey().endsWith(".csv")) {
                    throw new BadRequest("ledger name '" + e.getKey() + "': expected a plain file name ending in .csv");
                }
                ledgers.put(e.getKey(), e.getValue().asText());
            });
        }
        return java.util.Optional.of(new CheckInput(new AssessmentFile(syntax, n.get("document").asText(), ledgers), null));
    }

    /**
     * Reads the parts; a reference to a ledger that was not sent is refused before any file is
     * opened. A body that is no workbook at all (not a zip of an XLSX file) is a bad request.
     */
    public ReadResult read(AssessmentReader reader) {
        if (workbook != null) {
            ReadResult r = reader.readWorkbook(workbook, WORKBOOK);
            if (r.problems().size() == 1 && r.problems().get(0).file().equals(WORKBOOK)
                    && UNREADABLE.contains(r.problems().get(0).key())) {
                throw new BadRequest(r.problems().get(0).message(Locale.ENGLISH));
            }
            return r;
        }
        AssessmentFile parts = file.ledgers().isEmpty() || refusesForeignFiles() ? file : AssessmentFile.inline(file.syntax(), file.document());
        return parts.read(reader);
    }

    /**
     * True when every ledger reference names a ledger sent (else a bad request); false when the
     * document cannot be parsed here: it is then read without its ledgers, so that the reader
     * reports its syntax errors by line and opens no file.
     */
    private boolean refusesForeignFiles() {
        Object tree;
        try {
            tree = new Load(LoadSettings.builder().build()).loadFromString(file.document());
        } catch (RuntimeException unreadable) {
            return false;
        }
        walk(tree);
        return true;
    }

    private void walk(Object node) {
        if (node instanceof Map<?, ?> m) {
            Object f = m.get("file");
            if (f != null && !(f instanceof String name && file.ledgers().containsKey(name))) {
                throw new BadRequest("ledger file '" + f + "': expected one of the ledgers sent " + file.ledgers().keySet());
            }
            m.values().forEach(this::walk);
        } else if (node instanceof List<?> l) {
            l.forEach(this::walk);
        }
    }
}
