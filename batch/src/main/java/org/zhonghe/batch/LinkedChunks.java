package org.zhonghe.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The chunks of one file as its threads read them (numbered in file order from 0, made in any
 * order), then, once every chunk is read, their rows linked per entity in file order
 * ({@link EntityRowLinks}). What {@link RemovalsRead} and {@link CreditsRead} share.
 *
 * @param <C> a chunk's columns
 */
final class LinkedChunks<C> {
    private final Map<Integer, C> chunks = new ConcurrentHashMap<>();
    private final Function<C, Columns.Ints> entitiesOf;
    private List<C> inOrder;
    private EntityRowLinks links;

    /** @param entitiesOf a chunk's column of its rows' entities */
    LinkedChunks(Function<C, Columns.Ints> entitiesOf) {
        this.entitiesOf = entitiesOf;
    }

    /** Keeps {@code chunk} as chunk {@code index}; returns it. */
    C put(int index, C chunk) {
        chunks.put(index, chunk);
        return chunk;
    }

    /** Links every row read to its entity, in file order; once every chunk is read. */
    void link(int entities) {
        inOrder = new ArrayList<>();
        for (int c = 0; chunks.containsKey(c); c++) inOrder.add(chunks.get(c));
        chunks.clear();
        links = new EntityRowLinks(entities, inOrder.stream().map(entitiesOf).toList());
    }

    /** The entity's first row, or {@link EntityRowLinks#NONE} (also before {@link #link}). */
    int first(int entity) {
        return links == null ? EntityRowLinks.NONE : links.first(entity);
    }

    /** The entity's row after {@code place}, or {@link EntityRowLinks#NONE}. */
    int next(int place) {
        return links.next(place);
    }

    /** The number of the chunk that holds the row at {@code place}. */
    int chunkOf(int place) {
        return links.chunk(place);
    }

    /** Chunk {@code c}, once linked. */
    C chunk(int c) {
        return inOrder.get(c);
    }

    /** The row's index in chunk {@code c}. */
    int row(int place, int c) {
        return links.row(place, c);
    }
}
