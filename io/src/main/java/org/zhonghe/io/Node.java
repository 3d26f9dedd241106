package org.zhonghe.io;

import java.util.List;
import java.util.Objects;

/**
 * The syntax-free tree that YAML, JSON and CSV are all read into before one binder turns it into
 * the assessment model. Lines and columns are 1-based; a scalar keeps its source text.
 */
sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {
    int line();

    int column();

    /** {@code mapping}, {@code list} or {@code value}: the end of a message key ({@code type.list.mapping}). */
    String kind();

    /** A mapping, its fields in the order written (duplicates kept: the binder reports them). */
    record MapNode(List<Field> fields, int line, int column) implements Node {
        public MapNode {
            fields = List.copyOf(fields);
        }

        @Override
        public String kind() {
            return "mapping";
        }
    }

    /** One field of a mapping: the key's position is the field's position. */
    record Field(String key, int line, int column, Node value) {
        public Field {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A list. {@code file} names where its items were written when that is not the file of the
     * mapping holding it (a sheet of a workbook, {@code acme.xlsx[emissions]}); else null.
     */
    record ListNode(List<Node> items, int line, int column, String file) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        ListNode(List<Node> items, int line, int column) {
            this(items, line, column, null);
        }

        @Override
        public String kind() {
            return "list";
        }
    }

    /**
     * A single value as written. {@code literal} is true for quoted YAML and JSON strings and CSV
     * cells: such text is never read as null.
     */
    record ScalarNode(String text, boolean literal, int line, int column) implements Node {
        public ScalarNode {
            Objects.requireNonNull(text, "text");
        }

        /** YAML 1.2 core schema null ({@code null}, {@code ~}, nothing), unquoted only. */
        boolean isNull() {
            return !literal && (text.isEmpty() || text.equals("~") || text.equals("null") || text.equals("Null")
                    || text.equals("NULL"));
        }

        @Override
        public String kind() {
            return "value";
        }
    }
}
