package org.zhonghe.registry;

import java.nio.file.Path;
import java.util.Map;

/**
 * Gold Standard's export: {@code projects.csv}, {@code issuances.csv} and
 * {@code retirements.csv} (retired and cancelled blocks, with the using entity and a note).
 */
final class GoldStandardReader implements RegistryReader {
    private final CreditClasses classes;

    GoldStandardReader(CreditClasses classes) {
        this.classes = classes;
    }

    @Override
    public Registry registry() {
        return Registry.GOLD_STANDARD;
    }

    @Override
    public void read(Path folder, String label, RegistrySink sink) {
        Map<String, RegistryProject> projects = ProjectsFile.read(Registry.GOLD_STANDARD, folder, label,
                new ProjectsFile.Columns("GSID", "Project Name", "Project Type", "Methodology", "Country"), sink);
        for (String file : new String[] {"issuances.csv", "retirements.csv"}) {
            ExportFile.read(folder, label, file, sink, row -> {
                RecordBuilder b = new RecordBuilder(Registry.GOLD_STANDARD, row);
                b.serial = row.serial(Registry.GOLD_STANDARD, "Serial Number");
                b.tonnes = row.quantity("Quantity");
                b.status = RecordBuilder.status("Credit Status", row.cell("Credit Status"));
                b.projectId = row.require("GSID");
                b.projectName = row.cell("Project Name");
                b.projectType = row.cell("Project Type");
                b.methodology = row.cell("Methodology");
                b.country = row.cell("Country");
                b.stated = row.cell("Label");
                b.project(projects.get(b.projectId));
                b.vintage = Vintage.of(row.year("Vintage"));
                b.retiredOn = row.date("Retirement Date");
                b.beneficiary = row.text("Using Entity");
                b.notes = row.text("Note");
                return b.build(classes);
            }, sink::record);
        }
    }
}
