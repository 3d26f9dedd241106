package org.zhonghe.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.zhonghe.Concept;

/**
 * The distinct shapes of entities.csv ({@link EntityShape}), numbered as first read, each read
 * once whatever thread meets it first, with the id of the rule its entities are judged by.
 */
final class Shapes {
    /** The rule of an entity whose row has an error. */
    static final int NO_RULE = 0x7FFF_FFFF;

    private final Concept override;
    private final Classifier classifier;
    private final Map<String, Integer> byText = new ConcurrentHashMap<>();
    private final List<EntityShape> shapes = new ArrayList<>();
    private final List<Integer> rules = new ArrayList<>();

    /** @param override the concept every entity is evaluated under instead of its own; may be null */
    Shapes(Concept override, Classifier classifier) {
        this.override = override;
        this.classifier = classifier;
    }

    Concept override() {
        return override;
    }

    /** The number of the shape written {@code text} (the row's fields but entity and name), reading it when new. */
    int of(String text, CsvLine row, Header h) {
        Integer known = byText.get(text);
        if (known != null) return known;
        synchronized (this) {
            known = byText.get(text);
            if (known != null) return known;
            EntityShape s = EntityShape.parse(row, h, override);
            shapes.add(s);
            rules.add(s.valid() ? classifier.rule(new Classifier.Rule(s.claim().concept(), s.profile(), s.boundary(),
                    s.claim().metric(), s.type())) : NO_RULE);
            byText.put(text, shapes.size() - 1);
            return shapes.size() - 1;
        }
    }

    synchronized EntityShape get(int shape) {
        return shapes.get(shape);
    }

    synchronized int rule(int shape) {
        return rules.get(shape);
    }

    /** Every shape, by number (after the read). */
    synchronized EntityShape[] all() {
        return shapes.toArray(new EntityShape[0]);
    }

    /** The rule of every shape, by number (after the read). */
    synchronized int[] rules() {
        return rules.stream().mapToInt(Integer::intValue).toArray();
    }
}
