package org.zhonghe.ledger;

import java.util.List;
import java.util.Optional;

/**
 * The ledger sections of an assessment and their fields ({@link LedgerSchema}), by the path they
 * are written at ({@code emissions}, {@code otherEffects.items}) and the sheet of a workbook that
 * holds them ({@code otherEffects}).
 */
public enum LedgerSection {
    EMISSIONS("emissions", LedgerSchema.Emissions.FIELDS),
    REMOVALS("removals", LedgerSchema.Removals.FIELDS),
    CREDITS("credits", LedgerSchema.Credits.FIELDS),
    REDUCTIONS("reductions", LedgerSchema.Reductions.FIELDS),
    OTHER_EFFECTS("otherEffects.items", LedgerSchema.OtherEffects.FIELDS),
    HISTORY("history", LedgerSchema.History.FIELDS);

    private final String path;
    private final List<LedgerField<?>> fields;
    private final List<String> names;

    LedgerSection(String path, List<LedgerField<?>> fields) {
        this.path = path;
        this.fields = fields;
        this.names = LedgerSchema.names(fields);
    }

    /** Where the section is written in an assessment: {@code emissions}, {@code otherEffects.items}. */
    public String path() {
        return path;
    }

    /** The sheet of a workbook that holds it: the first name of its path ({@code otherEffects}). */
    public String sheet() {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }

    /** Its fields, in the order of the format. */
    public List<LedgerField<?>> fields() {
        return fields;
    }

    /** The names of its fields, in the order of the format. */
    public List<String> names() {
        return names;
    }

    /** The names of the fields a record must have. */
    public List<String> required() {
        return fields.stream().filter(LedgerField::required).map(LedgerField::name).toList();
    }

    /** The field named {@code name}. */
    public Optional<LedgerField<?>> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
