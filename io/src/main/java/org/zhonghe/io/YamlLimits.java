package org.zhonghe.io;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;

/**
 * A pass over a YAML text's events, before anything recurses over it: snakeyaml-engine's
 * parser keeps its own stack, but its composer recurses once per level (2,000 levels end in a
 * {@code StackOverflowError}) and aliases multiply what a tree walk visits (nine aliases of nine
 * aliases … is a billion nodes in a few hundred bytes). Refuses nesting deeper than
 * {@link #MAX_DEPTH} and aliases that would add more than {@link #MAX_ALIASED_NODES} nodes, at
 * the line where the limit is crossed. Zhonghe's own limits: an assessment is 4 levels deep.
 */
final class YamlLimits {
    /** Levels of nesting (mappings and lists inside each other). */
    static final int MAX_DEPTH = 64;
    /** Nodes that aliases may add to a document, counting every node of each aliased subtree. */
    static final long MAX_ALIASED_NODES = 100_000;

    /** Where and which limit a text crosses. */
    record Crossing(int line, String key, long limit) {}

    /**
     * Characters of one word (a run without a blank, comma, bracket or quote): snakeyaml's scanner
     * takes minutes over a plain scalar of millions of characters, and no field holds more than
     * {@link Fields#MAX_FREE_TEXT}.
     */
    static final int MAX_WORD = 10_000;

    private YamlLimits() {}

    /** The line and length of the first word longer than {@link #MAX_WORD}, or null; one pass, no parsing. */
    static int[] longWord(String text) {
        int line = 1;
        int run = 0;
        int start = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') line++;
            boolean breaks = c <= ' ' || c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || c == '"' || c == '\'';
            if (breaks) {
                if (run > MAX_WORD) return new int[] {start, run};
                run = 0;
            } else {
                if (run == 0) start = line;
                run++;
            }
        }
        return run > MAX_WORD ? new int[] {start, run} : null;
    }

    /**
     * The first limit the text crosses, or empty. Syntax errors are thrown as the parser throws
     * them ({@code MarkedYamlEngineException}), for the caller to report.
     */
    static Optional<Crossing> check(String text, LoadSettings settings) {
        Deque<long[]> open = new ArrayDeque<>();      // per open collection: {nodes inside}
        Deque<Optional<Anchor>> anchors = new ArrayDeque<>();
        Map<Anchor, Long> sizes = new HashMap<>();
        long aliased = 0;
        for (Event e : new Parse(settings).parseString(text)) {
            int line = e.getStartMark().map(m -> m.getLine() + 1).orElse(0);
            switch (e.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (open.size() >= MAX_DEPTH) return Optional.of(new Crossing(line, "syntax.tooDeep", MAX_DEPTH));
                    open.push(new long[] {0});
                    anchors.push(((NodeEvent) e).getAnchor());
                }
                case MappingEnd, SequenceEnd -> {
                    long size = open.pop()[0] + 1;
                    anchors.pop().ifPresent(a -> sizes.put(a, size));
                    if (!open.isEmpty()) open.peek()[0] += size;
                }
                case Scalar -> {
                    ((NodeEvent) e).getAnchor().ifPresent(a -> sizes.put(a, 1L));
                    if (!open.isEmpty()) open.peek()[0] += 1;
                }
                case Alias -> {
                    long size = sizes.getOrDefault(((AliasEvent) e).getAlias(), 1L);
                    aliased += size;
                    if (aliased > MAX_ALIASED_NODES) {
                        return Optional.of(new Crossing(line, "syntax.aliases", MAX_ALIASED_NODES));
                    }
                    if (!open.isEmpty()) open.peek()[0] += size;
                }
                default -> { }
            }
        }
        return Optional.empty();
    }
}
