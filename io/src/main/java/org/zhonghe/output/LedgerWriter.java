package org.zhonghe.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhonghe.Decimals;
import org.zhonghe.assessment.Emission;
import org.zhonghe.ledger.LedgerSection;

/**
 * Writes an emissions ledger (the written records and those computed from activity data, with
 * their derivations) as CSV, XLSX (sheet {@code emissions}, every cell text so that no amount
 * passes through a binary double) or a JSON array, each a file that an assessment names as
 * {@code emissions: {file: NAME}} and that {@code check} reads as is.
 */
public final class LedgerWriter {
    /** The columns, the emission fields of core's schema ({@link LedgerSection#EMISSIONS}); {@link #cells} writes them in order. */
    public static final List<String> COLUMNS = LedgerSection.EMISSIONS.names();

    private LedgerWriter() {}

    private static List<String> cells(Emission e) {
        return List.of(e.id(), e.gas(), Decimals.plain(e.amount()), e.unit().symbol(),
                String.valueOf(e.scope().number()), String.valueOf(e.biogenic()), e.source() == null ? "" : e.source(),
                e.derivation() == null ? "" : e.derivation());
    }

    public static String csv(List<Emission> emissions) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            p.printRecord(COLUMNS);
            for (Emission e : emissions) p.printRecord(cells(e));
        }
        return out.toString();
    }

    public static String json(List<Emission> emissions) throws IOException {
        ArrayNode array = ResultJson.mapper().createArrayNode();
        for (Emission e : emissions) {
            ObjectNode n = array.addObject();
            List<String> c = cells(e);
            for (int i = 0; i < COLUMNS.size(); i++) if (!c.get(i).isEmpty()) n.put(COLUMNS.get(i), c.get(i));
        }
        return ResultJson.mapper().writeValueAsString(array) + "\n";
    }

    public static void xlsx(List<Emission> emissions, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("emissions");
            Row head = s.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) head.createCell(i).setCellValue(COLUMNS.get(i));
            int r = 1;
            for (Emission e : emissions) {
                Row row = s.createRow(r++);
                List<String> c = cells(e);
                for (int i = 0; i < c.size(); i++) if (!c.get(i).isEmpty()) row.createCell(i).setCellValue(c.get(i));
            }
            wb.write(out);
        }
    }
}
