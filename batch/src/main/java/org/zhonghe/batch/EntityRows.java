package org.zhonghe.batch;

import java.util.ArrayList;
import java.util.List;
import org.zhonghe.Concept;

/** Reads entities.csv (one thread) into {@link Entities}. */
final class EntityRows implements FileScan.Rows {
    private final Header h;
    private final Entities entities;
    private final Concept concept;
    /** Specs of rows that differ only in entity and name share their period, boundary and claim. */
    private final java.util.Map<String, EntitySpec> shapes = new java.util.HashMap<>();

    EntityRows(Header h, Entities entities, Concept concept) {
        this.h = h;
        this.entities = entities;
        this.concept = concept;
    }

    @Override
    public void row(CsvLine r, long line, List<LedgerError> errors) {
        List<LedgerError> own = new ArrayList<>();
        String shape = shape(r);
        EntitySpec known = shapes.get(shape);
        String id = r.text(h.column("entity"));
        EntitySpec spec;
        if (known != null && id != null && EntitySpec.isId(id)) {
            spec = new EntitySpec(new org.zhonghe.assessment.Entity(id, r.text(h.column("name")), known.entity().type()),
                    known.period(), known.boundary(), known.claim(), line);
        } else {
            spec = EntitySpec.parse(r, h, line, concept, own);
            if (spec != null && shapes.size() < 10_000) shapes.put(shape, spec);
        }
        errors.addAll(own);
        if (id == null) return;
        if (!entities.add(id, spec)) {
            errors.add(new LedgerError(EntitySpec.FILE, line, "entity", id, "is declared twice"));
        }
    }

    private String shape(CsvLine r) {
        StringBuilder s = new StringBuilder(64);
        for (String f : EntitySpec.FIELDS) {
            if (f.equals("entity") || f.equals("name")) continue;
            s.append(r.text(h.column(f))).append('\u0000');
        }
        return s.toString();
    }
}
