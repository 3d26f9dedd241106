package org.zhonghe.batch;

import java.util.ArrayList;
import java.util.List;
import org.zhonghe.Concept;

/** Reads entities.csv (one thread) into {@link Entities}. */
final class EntityRows implements FileScan.Rows {
    private final Header h;
    private final Entities entities;
    private final Concept concept;

    EntityRows(Header h, Entities entities, Concept concept) {
        this.h = h;
        this.entities = entities;
        this.concept = concept;
    }

    @Override
    public void row(CsvLine r, long line, List<LedgerError> errors) {
        List<LedgerError> own = new ArrayList<>();
        EntitySpec spec = EntitySpec.parse(r, h, line, concept, own);
        errors.addAll(own);
        String id = r.text(h.column("entity"));
        if (id == null) return;
        if (!entities.add(id, spec)) {
            errors.add(new LedgerError(EntitySpec.FILE, line, "entity", id, "is declared twice"));
        }
    }
}
