package org.zhonghe.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.zhonghe.DecimalText;

/**
 * The text of an XLSX cell as a spreadsheet program shows it, never through the cell's binary
 * double: a number is the decimal text of its {@code <v>} element ({@code 0.1} stays
 * {@code 0.1}) to the 15 significant digits a spreadsheet shows ({@link #number}), a date cell the
 * ISO date of its serial day, a text cell its text ({@code 0123} stays {@code 0123}), a formula
 * its cached result, an error cell its code ({@code #DIV/0!}, so that it is reported, not
 * dropped), and an empty or missing cell the empty string. Used by the ledgers of
 * {@code check} and by the server's uploaded workbooks alike.
 */
public final class CellText {
    private static final MathContext SHOWN = new MathContext(15, RoundingMode.HALF_UP);

    private CellText() {}

    /** {@code date1904}: the workbook's date system ({@code XSSFWorkbook#isDate1904}). */
    public static String of(Cell c, boolean date1904) {
        if (c == null) return "";
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case STRING -> c.getRichStringCellValue().getString();
            case NUMERIC -> {
                String raw = c instanceof XSSFCell x ? x.getRawValue() : null;
                if (raw == null) yield "";
                // POI's date test parses the raw text as a double and throws on anything else (a
                // broken or hostile file: <c t="n"><v>abc</v>): such text is passed on as it is,
                // for the amount's reader to refuse with file, line and field.
                if (!isDouble(raw)) yield raw;
                yield DateUtil.isCellDateFormatted(c) ? day(raw, date1904) : number(raw);
            }
            case BOOLEAN -> c.getBooleanCellValue() ? "true" : "false";
            case ERROR -> c instanceof XSSFCell x ? String.valueOf(x.getErrorCellString()) : "#ERROR";
            case BLANK, FORMULA, _NONE -> "";
        };
    }

    /**
     * A number as a spreadsheet program shows it, from the decimal text the file holds (never
     * through a double): at most 15 significant digits, the precision of Excel, without trailing
     * zeros or exponent. So {@code 2023.0} (as some programs write a whole number) is
     * {@code 2023}, and {@code 0.30000000000000004} (the stored result of {@code =0.1+0.2}) is
     * {@code 0.3}, while any number typed into a cell keeps every digit it was typed with.
     */
    static String number(String raw) {
        BigDecimal d;
        // Text far longer than any double (a broken or hostile file) is left as it is, unparsed,
        // for the amount's reader to refuse (DecimalText): parsing millions of digits is quadratic.
        if (raw.length() > DecimalText.MAX_LENGTH) return raw;
        try {
            d = new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            return raw;
        }
        BigDecimal shown = d.round(SHOWN).stripTrailingZeros();
        // A double is within 1e-324 … 2e308; text beyond that (a broken file) is left as it is.
        if (Math.abs((long) shown.precision() - shown.scale()) > 400) return raw;
        return shown.signum() == 0 ? "0" : shown.toPlainString();
    }

    private static boolean isDouble(String raw) {
        if (raw.isBlank() || raw.length() > DecimalText.MAX_LENGTH) return false;
        try {
            Double.parseDouble(raw);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The ISO date of a serial day number (its whole part), in the workbook's date system; else the text as held. */
    private static String day(String serial, boolean date1904) {
        long days;
        if (serial.length() > DecimalText.MAX_LENGTH) return serial;
        try {
            days = new BigDecimal(serial).longValue();
        } catch (NumberFormatException e) {
            return serial;
        }
        LocalDate epoch = date1904 ? LocalDate.of(1904, 1, 1) : LocalDate.of(1899, 12, 30);
        return epoch.plusDays(days).toString();
    }
}
