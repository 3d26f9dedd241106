package org.zhonghe.io;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zhonghe.DecimalText;
import org.zhonghe.assessment.Origin;
import org.zhonghe.ledger.Cell;
import org.zhonghe.ledger.CellReaders;
import org.zhonghe.ledger.LedgerField;

/**
 * The fields of one mapping, read with the problems they have: each accessor returns the value,
 * or null after reporting why (missing, wrong type, out of range). Unknown and repeated fields
 * are reported when the view is made. {@link #isValid()} says whether every read succeeded.
 */
final class Fields {
    /** Characters of a prose field (a name, a description). */
    static final int MAX_FREE_TEXT = LedgerField.FREE_TEXT;
    /** Characters of any other field (an id, a registry, a serial, a code, a number). */
    static final int MAX_KEY_TEXT = LedgerField.KEY_TEXT;

    private final String file;
    private final String path;
    private final int line;
    private final Problems problems;
    private final Map<String, Node.Field> byName = new LinkedHashMap<>();
    private boolean valid = true;

    private Fields(String file, String path, int line, Problems problems) {
        this.file = file;
        this.path = path;
        this.line = line;
        this.problems = problems;
    }

    /** The fields of {@code map} at {@code path} ({@code entity}, {@code emissions[e2]}). */
    static Fields of(Node.MapNode map, String file, String path, List<String> allowed, Problems problems) {
        Fields f = new Fields(file, path, map.line(), problems);
        for (Node.Field field : map.fields()) {
            Node.Field first = f.byName.get(field.key());
            if (!allowed.contains(field.key())) {
                problems.add(file, field.line(), f.path(field.key()), field.key(), "field.unknown", field.key(),
                        String.join(", ", allowed));
                f.valid = false;
            } else if (first != null) {
                problems.add(file, field.line(), f.path(field.key()), field.key(), "field.repeated", field.key(),
                        String.valueOf(first.line()));
                f.valid = false;
            } else {
                f.byName.put(field.key(), field);
            }
        }
        return f;
    }

    /** The path of a record: by its id when it has a usable one, else by its 1-based position. */
    static String recordPath(Node.MapNode map, String section, String idField, int index) {
        for (Node.Field field : map.fields()) {
            if (field.key().equals(idField) && field.value() instanceof Node.ScalarNode s && !s.isNull()
                    && !s.text().isBlank() && s.text().indexOf(']') < 0
                    && s.text().length() <= MAX_KEY_TEXT) {
                return section + "[" + s.text() + "]";
            }
        }
        return section + "[" + index + "]";
    }

    String file() {
        return file;
    }

    Problems problems() {
        return problems;
    }

    /** Marks the view invalid (a nested mapping had a problem). */
    void invalidate() {
        valid = false;
    }

    String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    boolean isValid() {
        return valid;
    }

    boolean has(String name) {
        return node(name) != null;
    }

    /**
     * The field's value, or null when it is absent, written as null, or a blank text ({@code ""},
     * {@code " "}): every reader reads text stripped, and an empty CSV cell is a field absent
     * (assessment-format.md), so a blank YAML or JSON value is absent too — a required field is then
     * missing (a credit with {@code serial: ""} is refused, as batch and the CSV ledgers refuse it,
     * not counted without a serial), an optional one takes its default.
     */
    Node node(String name) {
        Node.Field f = byName.get(name);
        if (f == null) return null;
        return f.value() instanceof Node.ScalarNode s && (s.isNull() || s.text().isBlank()) ? null : f.value();
    }

    /** The line of a field, else of the mapping. */
    int lineOf(String name) {
        Node.Field f = byName.get(name);
        return f == null ? line : f.line();
    }

    /** Where the mapping was written, with the lines of fields written on other lines. */
    Origin origin() {
        Map<String, Integer> lines = new HashMap<>();
        for (Node.Field f : byName.values()) if (f.line() != line) lines.put(f.key(), f.line());
        return new Origin(file, line, lines);
    }

    /** Adds each field's path and line to {@code lines}. */
    void locateInto(Map<String, Integer> lines) {
        lines.put(path, line);
        for (Node.Field f : byName.values()) lines.put(path(f.key()), f.line());
    }

    /** Reports a problem with a field and marks the view invalid. */
    void report(String name, String value, String key, Object... args) {
        problems.add(file, lineOf(name), path(name), value, key, args);
        valid = false;
    }

    /** Text as every reader reads it: stripped of surrounding blanks ({@code ' acme-2024'} is {@code acme-2024}). */
    String text(String name, boolean required) {
        Node.ScalarNode s = scalar(name, required);
        return s == null ? null : read(name, CellReaders.text(s.text()));
    }

    Integer integer(String name, boolean required, int min) {
        Node.ScalarNode s = scalar(name, required);
        return s == null ? null : read(name, CellReaders.integer(s.text(), min, Integer.MAX_VALUE));
    }

    /**
     * The value of a ledger field as core's schema reads it ({@link LedgerField}): its default when
     * absent, else its cell's reading; null after reporting a problem (missing, too long, wrong).
     */
    <T> T value(LedgerField<T> field) {
        return value(field, field.required());
    }

    /**
     * As {@link #value(LedgerField)}, required when {@code required} (a field of a group written
     * in part: {@code factor.value} once {@code factor.unit} is there).
     */
    <T> T value(LedgerField<T> field, boolean required) {
        // the length is the schema's (LedgerField#cell), counted as batch counts it
        Node.ScalarNode s = scalar(field.name(), required, Integer.MAX_VALUE);
        if (s == null) return required ? null : field.absent();
        return read(field.name(), field.cell(s.text()));
    }

    /**
     * The value of one item of the list {@code name}, a value, as core's schema reads it
     * ({@link LedgerField#cell}), or null after reporting its problem at the item's line.
     */
    <T> T item(String name, LedgerField<T> field, Node.ScalarNode item) {
        Cell<T> cell = field.cell(item.text());
        if (cell.isRead()) return cell.value();
        problems.add(file, item.line(), path(name), cell.shown(), cell.key(), cell.args().toArray());
        valid = false;
        return null;
    }

    /** The value of a cell read by core's one reading ({@link CellReaders}), or null after reporting its problem. */
    <T> T read(String name, Cell<T> cell) {
        if (!cell.isRead()) report(name, cell.shown(), cell.key(), cell.args().toArray());
        return cell.value();
    }

    /** A nested mapping, or null (reported when required, or when something else was written). */
    Node.MapNode map(String name, boolean required) {
        Node n = present(name, required);
        if (n == null) return null;
        if (n instanceof Node.MapNode m) return m;
        report(name, textOf(n), "type.mapping." + n.kind());
        return null;
    }

    Node.ListNode list(String name, boolean required) {
        Node n = present(name, required);
        if (n == null) return null;
        if (n instanceof Node.ListNode l) return l;
        report(name, textOf(n), "type.list." + n.kind());
        return null;
    }

    private Node.ScalarNode scalar(String name, boolean required) {
        return scalar(name, required, MAX_KEY_TEXT);
    }

    private Node.ScalarNode scalar(String name, boolean required, int limit) {
        Node n = present(name, required);
        if (n == null) return null;
        if (n instanceof Node.ScalarNode s) {
            if (s.text().length() <= limit) return s;
            report(name, DecimalText.abbreviate(s.text()), "text.tooLong", String.format(Locale.ROOT, "%,d", s.text().length()),
                    String.format(Locale.ROOT, "%,d", limit));
            return null;
        }
        report(name, null, "type.value." + n.kind());
        return null;
    }

    private Node present(String name, boolean required) {
        Node n = node(name);
        if (n == null && required) report(name, null, "field.required", name);
        return n;
    }

    private static String textOf(Node n) {
        return n instanceof Node.ScalarNode s ? s.text() : null;
    }
}
