package org.zhonghe.registry;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cercarbono's export (EcoRegistry): {@code projects.csv} (quantification method, sectors and
 * locations as Python-literal lists), {@code issuances.csv} (serials
 * {@code CDC_<project>_…}, vintage periods {@code 2010-01-01 / 2018-09-30}) and
 * {@code retirements.csv} (block serial with {@code from}/{@code to} unit numbers).
 */
final class CercarbonoReader implements RegistryReader {
    private static final Pattern COUNTRY = Pattern.compile("'country':\\s*'([^']*)'");
    private static final Pattern SECTOR = Pattern.compile("'description':\\s*'([^']*)'");
    private static final Pattern SERIAL_PROJECT = Pattern.compile("^CDC_(\\d+)_");
    private static final Pattern PERIOD = Pattern.compile("^(\\d{4})-\\d{2}-\\d{2}\\s*/\\s*(\\d{4})-\\d{2}-\\d{2}$");
    private final CreditClasses classes;

    CercarbonoReader(CreditClasses classes) {
        this.classes = classes;
    }

    @Override
    public Registry registry() {
        return Registry.CERCARBONO;
    }

    @Override
    public void read(Path folder, String label, RegistrySink sink) {
        Map<String, RegistryProject> projects = new HashMap<>();
        ExportFile.read(folder, label, "projects.csv", sink, row -> new RegistryProject(Registry.CERCARBONO,
                row.require("id"), row.cell("name"), first(SECTOR, row.cell("sector")), row.cell("quantification_method"),
                first(COUNTRY, row.cell("locations")), row.source()), p -> {
            projects.put(p.id(), p);
            sink.project(p);
        });
        ExportFile.read(folder, label, "issuances.csv", sink, row -> {
            RecordBuilder b = new RecordBuilder(Registry.CERCARBONO, row);
            String serial = row.require("serial");
            Matcher m = SERIAL_PROJECT.matcher(serial);
            if (!m.find()) throw new RowError("column 'serial': '" + serial + "' is not CDC_<project>_…");
            b.projectId = m.group(1);
            b.tonnes = row.quantity("issued_quantity");
            b.serial = issuedUnits(serial, b.tonnes);
            b.status = CreditStatus.ISSUED;
            b.vintage = vintage(row);
            b.notes = "True".equalsIgnoreCase(row.cell("is_buffer")) ? "buffer" : null;
            b.project(projects.get(b.projectId));
            return b.build(classes);
        }, sink::record);
        ExportFile.read(folder, label, "retirements.csv", sink, row -> {
            RecordBuilder b = new RecordBuilder(Registry.CERCARBONO, row);
            long from = units(row, "from");
            long to = units(row, "to");
            if (to < from) throw new RowError("column 'to': " + to + " is before 'from' " + from);
            b.serial = Serial.withUnits(Registry.CERCARBONO, row.require("serial"), new UnitRange(from, to));
            b.tonnes = row.quantity("quantity");
            b.projectId = row.require("project_id");
            b.projectName = row.cell("project_name");
            b.status = CreditStatus.RETIRED;
            b.vintage = Vintage.of(row.year("vintage"));
            b.retiredOn = row.requireDate("date");
            b.beneficiary = row.text("end_user");
            b.notes = row.joined("certificate_destination", "passive_subject");
            b.project(projects.get(b.projectId));
            return b.build(classes);
        }, sink::record);
    }

    /**
     * An issued block holds units 1 to its quantity: the retirements' {@code from}/{@code to}
     * count within it (Zhonghe's reading of the layout: the export states no range for issuances).
     */
    private static Serial issuedUnits(String serial, java.math.BigDecimal quantity) {
        try {
            long n = quantity.longValueExact();
            return n > 0 ? Serial.withUnits(Registry.CERCARBONO, serial, new UnitRange(1, n)) : Serial.parse(Registry.CERCARBONO, serial);
        } catch (ArithmeticException e) {
            throw new RowError("column 'issued_quantity': '" + quantity.toPlainString() + "' is not a whole number of credits");
        }
    }

    private static Vintage vintage(Row row) {
        String period = row.cell("vintage_of_credits");
        if (period != null) {
            Matcher m = PERIOD.matcher(period);
            if (m.matches()) return new Vintage(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        return Vintage.of(row.year("year"));
    }

    private static long units(Row row, String column) {
        String v = row.require(column);
        try {
            return Long.parseLong(v.endsWith(".0") ? v.substring(0, v.length() - 2) : v);
        } catch (NumberFormatException e) {
            throw new RowError("column '" + column + "': '" + v + "' is not a unit number");
        }
    }

    private static String first(Pattern p, String text) {
        if (text == null) return null;
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
