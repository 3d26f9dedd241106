package org.zhonghe.batch;

import java.math.BigDecimal;
import java.util.List;
import org.zhonghe.DecimalText;

/** Cell readers shared by the ledger files, with the messages of their errors. */
final class Rows {
    private Rows() {}

    static LedgerError undeclared(String file, long line, String entity) {
        return entity == null ? new LedgerError(file, line, "entity", null, ErrorKeys.REQUIRED)
                : new LedgerError(file, line, "entity", entity, ErrorKeys.UNDECLARED, EntitySpec.FILE);
    }

    /**
     * The ordinal of the entity a row names in its {@code entity} column, or -1 after recording
     * that it is missing or undeclared.
     */
    static int entity(CsvLine r, Header h, Entities entities, String file, long line, List<LedgerError> errors) {
        String entity = r.text(h.column("entity"));
        int e = entity == null ? -1 : entities.ordinal(entity);
        if (e < 0) errors.add(undeclared(file, line, entity));
        return e;
    }

    /** true, false, or null for anything else. */
    static Boolean bool(String text) {
        if ("true".equals(text)) return Boolean.TRUE;
        if ("false".equals(text)) return Boolean.FALSE;
        return null;
    }

    /** A non-negative decimal as written, or null with an error. */
    static BigDecimal amount(String text, String file, long line, String field, List<LedgerError> errors) {
        BigDecimal x = decimal(text, file, line, field, errors);
        if (x != null && x.signum() < 0) {
            errors.add(new LedgerError(file, line, field, text, ErrorKeys.NEGATIVE));
            return null;
        }
        return x;
    }

    static BigDecimal decimal(String text, String file, long line, String field, List<LedgerError> errors) {
        if (text == null) {
            errors.add(new LedgerError(file, line, field, null, ErrorKeys.REQUIRED));
            return null;
        }
        DecimalText.Reading read = DecimalText.read(text);
        switch (read.status()) {
            case NOT_A_NUMBER -> errors.add(new LedgerError(file, line, field, DecimalText.abbreviate(text), ErrorKeys.NOT_DECIMAL));
            case TOO_MANY_DIGITS -> errors.add(new LedgerError(file, line, field, DecimalText.abbreviate(text),
                    ErrorKeys.TOO_MANY_DIGITS, String.valueOf(DecimalText.MAX_DIGITS)));
            case OK -> { }
        }
        return read.value();
    }

    static Integer integer(String text, String file, long line, String field, List<LedgerError> errors) {
        if (text == null) return null;
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            errors.add(new LedgerError(file, line, field, text, ErrorKeys.NOT_WHOLE));
            return null;
        }
    }

    static boolean flag(String text, boolean absent, String file, long line, String field, List<LedgerError> errors) {
        if (text == null) return absent;
        Boolean b = bool(text);
        if (b == null) {
            errors.add(new LedgerError(file, line, field, text, ErrorKeys.NOT_BOOLEAN));
            return absent;
        }
        return b;
    }
}
