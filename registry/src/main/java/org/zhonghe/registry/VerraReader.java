package org.zhonghe.registry;

import java.nio.file.Path;
import java.util.Map;

/**
 * Verra's export: {@code projects.csv} and {@code transactions.csv} (one row per issued block,
 * with its retirement columns; a retirement or cancellation date marks the block retired — the
 * export does not tell a cancellation from a retirement).
 */
final class VerraReader implements RegistryReader {
    private final CreditClasses classes;

    VerraReader(CreditClasses classes) {
        this.classes = classes;
    }

    @Override
    public Registry registry() {
        return Registry.VERRA;
    }

    @Override
    public void read(Path folder, String label, RegistrySink sink) {
        Map<String, RegistryProject> projects = ProjectsFile.read(Registry.VERRA, folder, label,
                new ProjectsFile.Columns("ID", "Name", "Project Type", "Methodology", "Country/Area"), sink);
        ExportFile.read(folder, label, "transactions.csv", sink, row -> {
            RecordBuilder b = new RecordBuilder(Registry.VERRA, row);
            b.serial = row.serial(Registry.VERRA, "Serial Number");
            b.tonnes = row.quantity("Quantity Issued");
            b.projectId = row.require("ID");
            b.projectName = row.cell("Name");
            b.projectType = row.cell("Project Type");
            b.methodology = row.cell("Methodology");
            b.country = row.cell("Country/Area");
            b.project(projects.get(b.projectId));
            var start = row.requireDate("Vintage Start");
            var end = row.date("Vintage End");
            b.vintage = new Vintage(start.getYear(), end == null ? start.getYear() : end.getYear());
            b.retiredOn = row.date("Retirement/Cancellation Date");
            b.status = b.retiredOn == null ? CreditStatus.ISSUED : CreditStatus.RETIRED;
            b.beneficiary = row.text("Retirement Beneficiary");
            b.notes = row.joined("Retirement Reason", "Retirement Details");
            return b.build(classes);
        }, sink::record);
    }
}
