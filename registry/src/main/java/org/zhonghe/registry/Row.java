package org.zhonghe.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.commons.csv.CSVRecord;

/** One data row of an export, its cells by column name; blank cells read as null. */
final class Row {
    private final CSVRecord record;
    private final Source source;

    Row(CSVRecord record, Source source) {
        this.record = record;
        this.source = source;
    }

    Source source() {
        return source;
    }

    /** The trimmed cell of {@code column}, or null when blank or absent. */
    String cell(String column) {
        if (!record.isMapped(column) || !record.isSet(column)) return null;
        String v = record.get(column).strip();
        return v.isEmpty() ? null : v;
    }

    /** The cell with its inner line breaks kept (notes), or null when blank. */
    String text(String column) {
        String v = cell(column);
        return v == null ? null : v.replace("\r\n", "\n");
    }

    String require(String column) {
        String v = cell(column);
        if (v == null) throw new RowError("column '" + column + "' is empty; a value is required");
        return v;
    }

    BigDecimal quantity(String column) {
        String v = require(column);
        try {
            return Quantities.parse(v);
        } catch (IllegalArgumentException e) {
            throw new RowError("column '" + column + "': '" + v + "' " + e.getMessage());
        }
    }

    LocalDate date(String column) {
        String v = cell(column);
        if (v == null) return null;
        try {
            return RegistryDates.parse(v);
        } catch (IllegalArgumentException e) {
            throw new RowError("column '" + column + "': '" + v + "' " + e.getMessage());
        }
    }

    LocalDate requireDate(String column) {
        require(column);
        return date(column);
    }

    int year(String column) {
        String v = require(column);
        try {
            int y = Integer.parseInt(v.endsWith(".0") ? v.substring(0, v.length() - 2) : v);
            if (y < 1900 || y > 2200) throw new NumberFormatException();
            return y;
        } catch (NumberFormatException e) {
            throw new RowError("column '" + column + "': '" + v + "' is not a year (e.g. 2025)");
        }
    }

    Serial serial(Registry registry, String column) {
        String v = require(column);
        try {
            return Serial.parse(registry, v);
        } catch (IllegalArgumentException e) {
            throw new RowError("column '" + column + "': " + e.getMessage());
        }
    }

    /** Non-blank cells of {@code columns} joined by " | ", or null when all are blank. */
    String joined(String... columns) {
        StringBuilder b = new StringBuilder();
        for (String c : columns) {
            String v = text(c);
            if (v == null) continue;
            if (b.length() > 0) b.append(" | ");
            b.append(v);
        }
        return b.length() == 0 ? null : b.toString();
    }
}
