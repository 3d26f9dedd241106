package org.zhonghe.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A ledger folder judged entity by entity, as Spark judges it: each entity's lines grouped, the
 * keys each lists ({@link EntityLines#listed}) counted over the entities, those of two entities or
 * more contested, then each entity evaluated alone ({@link EntityLines#evaluate}).
 *
 * @param claims the keys listed by more than one entity
 * @param rows   the results file, header first, in the order batch writes it
 */
record EntityByEntity(SerialClaims claims, String rows) {
    /** The headers of the folder's files (null for a file that is not there). */
    static EntityLines.Headers headers(Path dir) throws IOException {
        return new EntityLines.Headers(first(dir, "entities.csv"), first(dir, "emissions.csv"), first(dir, "removals.csv"),
                first(dir, "credits.csv"), first(dir, "activities.csv"), null);
    }

    static EntityByEntity judge(Path dir) throws IOException {
        EntityLines.Headers h = headers(dir);
        Map<String, List<EntityLines.Line>> byEntity = new LinkedHashMap<>();
        for (EntityLines.File f : EntityLines.File.values()) {
            if (!Files.exists(dir.resolve(f.fileName()))) continue;
            List<String> lines = Files.readAllLines(dir.resolve(f.fileName()));
            for (int i = lines.size() - 1; i >= 1; i--) {
                byEntity.computeIfAbsent(EntityLines.entityOf(h, f, lines.get(i)), k -> new ArrayList<>())
                        .add(new EntityLines.Line(f, i + 1, lines.get(i)));
            }
        }
        Map<Long, Integer> entitiesOfKey = new LinkedHashMap<>();
        for (List<EntityLines.Line> l : byEntity.values()) {
            for (long k : EntityLines.listed(h, l)) entitiesOfKey.merge(k, 1, Integer::sum);
        }
        SerialClaims claims = SerialClaims.of(entitiesOfKey.entrySet().stream().filter(e -> e.getValue() > 1)
                .mapToLong(Map.Entry::getKey).toArray());
        EntityLines.Headers judging = h.with(claims);
        StringBuilder rows = new StringBuilder(EntityResult.HEADER).append('\n');
        byEntity.values().stream().map(l -> EntityLines.evaluate(judging, l)).sorted((a, b) -> Long.compare(a.order(), b.order()))
                .forEach(o -> rows.append(o.result().csv()).append('\n'));
        return new EntityByEntity(claims, rows.toString());
    }

    private static String first(Path dir, String file) throws IOException {
        Path p = dir.resolve(file);
        return Files.exists(p) ? Files.readAllLines(p).get(0) : null;
    }
}
