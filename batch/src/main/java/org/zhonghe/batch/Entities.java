package org.zhonghe.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * The entities of a batch, in the order of entities.csv: their specs, an index from the id's
 * bytes to the ordinal, and a mark on each entity that has an input error.
 */
final class Entities {
    private final ByteKeys index = new ByteKeys();
    private final List<EntitySpec> specs = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private final List<Integer> invalidAtStart = new ArrayList<>();
    private byte[] invalid = new byte[0];
    private boolean sealed;
    private byte[] metric = new byte[0]; // Metric ordinal, read on the hot path instead of the spec

    int size() {
        return specs.size();
    }

    /** The entity's spec; null when its row in entities.csv has an error. */
    EntitySpec spec(int ordinal) {
        return specs.get(ordinal);
    }

    String id(int ordinal) {
        return ids.get(ordinal);
    }

    /** The ordinal of the id in {@code buf[from, to)}, or -1 when not declared. */
    int ordinal(byte[] buf, int from, int to) {
        return index.get(buf, from, to);
    }

    int ordinal(String id) {
        return index.get(id);
    }

    /** Adds an entity; {@code spec} null when its row has an error. False when the id is already declared. */
    boolean add(String id, EntitySpec spec) {
        if (index.get(id) >= 0) return false;
        if (spec == null) invalidAtStart.add(specs.size());
        index.put(id, specs.size());
        ids.add(id);
        specs.add(spec);
        return true;
    }

    /** Marks an entity as having an input error; safe from any thread (only ever set). */
    void markInvalid(int ordinal) {
        invalid[ordinal] = 1;
    }

    /** The ordinal of the entity's metric; 0 when its spec has an error. */
    int metric(int ordinal) {
        return metric[ordinal];
    }

    boolean isInvalid(int ordinal) {
        return invalid[ordinal] != 0;
    }

    /** Called once every spec is added. */
    void seal() {
        if (sealed) return;
        sealed = true;
        invalid = new byte[specs.size()];
        metric = new byte[specs.size()];
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i) != null) metric[i] = (byte) specs.get(i).claim().metric().ordinal();
        }
        for (int i : invalidAtStart) invalid[i] = 1;
    }
}
