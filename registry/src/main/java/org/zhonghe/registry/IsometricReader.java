package org.zhonghe.registry;

import java.nio.file.Path;
import java.util.Map;

/**
 * Isometric's export: {@code projects.csv} (pathway and protocol), {@code issuances.csv}
 * ({@code iss_…} ids) and {@code retirements.csv} ({@code ret_…} ids, beneficiary, purposes,
 * notes); quantities in credits (t CO2e) and kg, which must agree.
 */
final class IsometricReader implements RegistryReader {
    private final CreditClasses classes;

    IsometricReader(CreditClasses classes) {
        this.classes = classes;
    }

    @Override
    public Registry registry() {
        return Registry.ISOMETRIC;
    }

    @Override
    public void read(Path folder, String label, RegistrySink sink) {
        Map<String, RegistryProject> projects = ProjectsFile.read(Registry.ISOMETRIC, folder, label,
                new ProjectsFile.Columns("id", "name", "pathway", "protocol_slug", "country_code"), sink);
        ExportFile.read(folder, label, "issuances.csv", sink, row -> {
            RecordBuilder b = builder(row, "id", projects);
            b.status = CreditStatus.ISSUED;
            return b.build(classes);
        }, sink::record);
        ExportFile.read(folder, label, "retirements.csv", sink, row -> {
            RecordBuilder b = builder(row, "retirement_id", projects);
            b.status = CreditStatus.RETIRED;
            b.retiredOn = row.requireDate("retired_at");
            var sequestered = row.date("sequestered_on");
            if (sequestered != null) b.vintage = Vintage.of(sequestered.getYear());
            b.beneficiary = row.text("beneficiary.name");
            b.accountHolder = row.text("owner.name");
            b.notes = row.joined("purposes", "notes");
            return b.build(classes);
        }, sink::record);
    }

    private static RecordBuilder builder(Row row, String idColumn, Map<String, RegistryProject> projects) {
        RecordBuilder b = new RecordBuilder(Registry.ISOMETRIC, row);
        b.serial = row.serial(Registry.ISOMETRIC, idColumn);
        b.tonnes = row.quantity("credit_batch_size_total.credits");
        b.kilograms = row.quantity("credit_batch_size_total.credit_kgs");
        b.projectId = row.require("project_id");
        b.project(projects.get(b.projectId));
        return b;
    }
}
