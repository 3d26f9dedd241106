package org.zhonghe.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON text to a {@link Node} tree with jackson-core's streaming parser: token locations give
 * lines, and numbers keep the text they were written with (never a double).
 */
final class JsonTree {
    /** Levels of nesting, as {@link YamlLimits#MAX_DEPTH}; Jackson stops before recursing deeper. */
    private static final int MAX_DEPTH = YamlLimits.MAX_DEPTH;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    private JsonTree() {}

    static Optional<Node> parse(String text, String file, Problems problems) {
        JsonParser parser = null;
        try (JsonParser p = FACTORY.createParser(text)) {
            parser = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                problems.add(file, 1, "", null, "file.empty");
                return Optional.empty();
            }
            Node root = value(p);
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                JsonLocation at = p.currentTokenLocation();
                problems.add(file, at.getLineNr(), "", null, "syntax.json", String.valueOf(at.getColumnNr()),
                        "unexpected content after the end of the document");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            // a limit (nesting depth, number length) is reported without a location: the parser's is the place
            JsonLocation at = e.getLocation() != null || parser == null ? e.getLocation() : parser.currentLocation();
            if (e instanceof StreamConstraintsException && String.valueOf(e.getOriginalMessage()).contains("nesting depth")) {
                problems.add(file, at == null ? 0 : Math.max(0, at.getLineNr()), "", null, "syntax.tooDeep", String.valueOf(MAX_DEPTH));
                return Optional.empty();
            }
            problems.add(file, at == null ? 0 : Math.max(0, at.getLineNr()), "", null, "syntax.json",
                    String.valueOf(at == null ? 0 : Math.max(0, at.getColumnNr())), e.getOriginalMessage());
            return Optional.empty();
        } catch (IOException e) {
            problems.add(file, 0, "", null, "syntax.json", "0", String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    /** The value at the current token, leaving the parser on its last token. */
    private static Node value(JsonParser p) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                List<Node.Field> fields = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation key = p.currentTokenLocation();
                    String name = p.currentName();
                    p.nextToken();
                    fields.add(new Node.Field(name, key.getLineNr(), key.getColumnNr(), value(p)));
                }
                return new Node.MapNode(fields, line, column);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) items.add(value(p));
                return new Node.ListNode(items, line, column);
            }
            case VALUE_STRING -> {
                return new Node.ScalarNode(p.getText(), true, line, column);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> {
                return new Node.ScalarNode(p.getText(), false, line, column);
            }
            default -> throw new IllegalStateException("unexpected JSON token " + t + " at line " + line);
        }
    }
}
