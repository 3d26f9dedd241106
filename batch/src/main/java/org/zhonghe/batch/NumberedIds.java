package org.zhonghe.batch;

import java.util.stream.IntStream;

/**
 * Ids {@code e0}, {@code e1} … of the records of a standing assessment, the first 64 made once:
 * asked for every record of every entity evaluated whole (a concatenation each time is slow
 * under the client compiler, docs/performance.md).
 */
final class NumberedIds {
    private final String prefix;
    private final String[] first;

    NumberedIds(String prefix) {
        this.prefix = prefix;
        first = IntStream.range(0, 64).mapToObj(i -> prefix + i).toArray(String[]::new);
    }

    /** The id numbered {@code i} (from 0). */
    String of(int i) {
        return i < first.length ? first[i] : prefix + i;
    }
}
