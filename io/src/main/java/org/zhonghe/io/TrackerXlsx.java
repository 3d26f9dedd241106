package org.zhonghe.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import org.zhonghe.targets.Parsed;
import org.zhonghe.assessment.Problem;
import org.zhonghe.targets.ProblemKind;
import org.zhonghe.targets.TrackerLayout;
import org.zhonghe.targets.TrackerRow;
import org.zhonghe.targets.TrackerRows;

/**
 * Reads the sheet {@code Current Snapshot} of a Net Zero Tracker export (XLSX) as a stream: POI's event
 * API ({@link XSSFReader}, shared strings read-only, the sheet's XML through SAX), one row of cells at a
 * time into {@link TrackerRows}; the workbook is never loaded whole. Cells read as {@link CellText} reads
 * them: a number is the decimal text of its {@code <v>} (never through a double), a date-formatted cell
 * its ISO date (and time, when it has one), text as written.
 */
public final class TrackerXlsx {
    /** The export's data sheet. */
    public static final String SHEET = "Current Snapshot";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private TrackerXlsx() {}

    /**
     * Streams the rows of the sheet to {@code sink} and returns the layout, or every problem.
     *
     * @param path the workbook
     * @param file the name to use in problems (as the user gave it)
     */
    public static Parsed<TrackerLayout> read(Path path, String file, Consumer<TrackerRow> sink) {
        TrackerRows rows = new TrackerRows(file, sink);
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            boolean found = false;
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (sheets.getSheetName().equals(SHEET)) {
                        found = true;
                        XMLReader xml = XMLHelper.newXMLReader();
                        xml.setContentHandler(new SheetHandler(strings, styles, rows));
                        xml.parse(new InputSource(sheet));
                        break;
                    }
                }
            }
            if (!found) {
                return Parsed.failed(List.of(ProblemKind.NO_SHEET.at(file, 0, "", "", SHEET)));
            }
        } catch (IOException | OpenXML4JException | SAXException
                 | ParserConfigurationException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Parsed.failed(List.of(ProblemKind.NOT_A_WORKBOOK.at(file, 0, "", reason, "")));
        }
        return rows.finish();
    }

    /** Collects the cells of each {@code <row>} by column and hands the row on at its end. */
    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final TrackerRows rows;
        private final List<String> cells = new ArrayList<>();
        private final StringBuilder value = new StringBuilder();
        private long rowNumber;
        private int column;
        private String type;
        private int style;
        private boolean inValue;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, TrackerRows rows) {
            this.strings = strings;
            this.styles = styles;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Long.parseLong(r);
                    cells.clear();
                    column = -1;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column + 1 : new CellReference(r).getCol();
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? -1 : Integer.parseInt(s);
                    value.setLength(0);
                }
                case "v", "t" -> inValue = true;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    while (cells.size() <= column) {
                        cells.add("");
                    }
                    cells.set(column, text());
                }
                case "row" -> rows.accept(rowNumber, new ArrayList<>(cells));
                default -> { }
            }
        }

        private String text() {
            String raw = value.toString();
            if (type == null || type.equals("n")) {
                if (raw.isEmpty()) {
                    return "";
                }
                return isDate() ? date(raw) : CellText.number(raw);
            }
            return switch (type) {
                case "s" -> raw.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                case "b" -> "1".equals(raw) ? "true" : "false";
                default -> raw;
            };
        }

        private boolean isDate() {
            if (styles == null || style < 0 || style >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle s = styles.getStyleAt(style);
            return DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
        }

        /** A serial date as ISO date, with its time when it has one (a date is not a quantity: a double is fine). */
        private static String date(String raw) {
            double serial;
            try {
                serial = Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                return raw;
            }
            var at = DateUtil.getLocalDateTime(serial);
            return at.toLocalTime().toSecondOfDay() == 0 ? at.toLocalDate().toString() : at.format(DATE_TIME);
        }
    }
}
