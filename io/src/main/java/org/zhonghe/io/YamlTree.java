package org.zhonghe.io;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * YAML text to a {@link Node} tree through snakeyaml-engine's compose step: nodes with marks and
 * scalars as written, so that no YAML 1.1 resolver turns {@code 0123} into 83 or {@code no} into
 * false.
 */
final class YamlTree {
    private static final int MAX_DEPTH = YamlLimits.MAX_DEPTH;

    private YamlTree() {}

    /** The tree, or empty after adding the syntax problem (or an empty document) to {@code problems}. */
    static Optional<Node> parse(String text, String file, Problems problems) {
        LoadSettings settings = LoadSettings.builder().setLabel(file).setCodePointLimit(Integer.MAX_VALUE)
                // aliases are bounded by what they add (YamlLimits), not by their number
                .setMaxAliasesForCollections(Integer.MAX_VALUE).build();
        org.snakeyaml.engine.v2.nodes.Node root;
        int[] longWord = YamlLimits.longWord(text);
        if (longWord != null) {
            problems.add(file, longWord[0], "", null, "text.tooLong", String.format(java.util.Locale.ROOT, "%,d", longWord[1]),
                    String.format(java.util.Locale.ROOT, "%,d", YamlLimits.MAX_WORD));
            return Optional.empty();
        }
        try {
            Optional<YamlLimits.Crossing> crossed = YamlLimits.check(text, settings);
            if (crossed.isPresent()) {
                YamlLimits.Crossing c = crossed.get();
                problems.add(file, c.line(), "", null, c.key(), String.format(java.util.Locale.ROOT, "%,d", c.limit()));
                return Optional.empty();
            }
            root = new Compose(settings).composeString(text).orElse(null);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            String detail = e.getProblem() + (e.getContext() == null ? "" : " (" + e.getContext() + ")");
            problems.add(file, mark == null ? 0 : mark.getLine() + 1, "", null, "syntax.yaml",
                    String.valueOf(mark == null ? 0 : mark.getColumn() + 1), detail.strip());
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.add(file, 0, "", null, "syntax.yaml", "0", String.valueOf(e.getMessage()));
            return Optional.empty();
        }
        if (root == null) {
            problems.add(file, 1, "", null, "file.empty");
            return Optional.empty();
        }
        try {
            return Optional.of(convert(root, 0, new IdentityHashMap<>()));
        } catch (TooDeep e) {
            problems.add(file, e.line, "", null, "syntax.tooDeep", String.valueOf(MAX_DEPTH));
            return Optional.empty();
        }
    }

    private static Node convert(org.snakeyaml.engine.v2.nodes.Node node, int depth,
                                Map<org.snakeyaml.engine.v2.nodes.Node, Boolean> open) {
        int line = node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
        int column = node.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
        // An alias to an enclosing node (a recursive structure) or absurd nesting.
        if (depth > MAX_DEPTH || open.containsKey(node)) throw new TooDeep(line);
        if (node instanceof ScalarNode s) {
            return new Node.ScalarNode(s.getValue(), !s.isPlain(), line, column);
        }
        open.put(node, Boolean.TRUE);
        try {
            if (node instanceof SequenceNode seq) {
                List<Node> items = new ArrayList<>();
                for (org.snakeyaml.engine.v2.nodes.Node item : seq.getValue()) items.add(convert(item, depth + 1, open));
                return new Node.ListNode(items, line, column);
            }
            MappingNode map = (MappingNode) node;
            List<Node.Field> fields = new ArrayList<>();
            for (NodeTuple t : map.getValue()) {
                Node key = convert(t.getKeyNode(), depth + 1, open);
                String name = key instanceof Node.ScalarNode s ? s.text() : "?" + key.kind();
                fields.add(new Node.Field(name, key.line(), key.column(), convert(t.getValueNode(), depth + 1, open)));
            }
            return new Node.MapNode(fields, line, column);
        } finally {
            open.remove(node);
        }
    }

    private static final class TooDeep extends RuntimeException {
        final int line;

        TooDeep(int line) {
            super(null, null, false, false);
            this.line = line;
        }
    }
}
