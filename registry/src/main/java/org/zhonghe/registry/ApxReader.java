package org.zhonghe.registry;

import java.nio.file.Path;
import java.util.Map;

/**
 * The exports of the registries on the APX platform — ACR, CAR and ART TREES: projects,
 * issuances (no serial numbers), retirements and cancellations, serials as
 * {@code ACR-FR-1129-2025-2917-30932 to 35143}, dates as {@code 4/13/2026 7:17:56 PM} or
 * {@code 04/08/2026}.
 */
final class ApxReader implements RegistryReader {
    private final Registry registry;
    private final CreditClasses classes;

    ApxReader(Registry registry, CreditClasses classes) {
        this.registry = registry;
        this.classes = classes;
    }

    @Override
    public Registry registry() {
        return registry;
    }

    @Override
    public void read(Path folder, String label, RegistrySink sink) {
        Map<String, RegistryProject> projects = ProjectsFile.read(registry, folder, label, ApxLayout.projects(registry), sink);
        for (ApxLayout l : ApxLayout.of(registry)) {
            ExportFile.read(folder, label, l.file(), sink, row -> {
                RecordBuilder b = new RecordBuilder(registry, row);
                b.status = l.status();
                if (l.serial() != null) b.serial = row.serial(registry, l.serial());
                b.tonnes = row.quantity(l.quantity());
                b.projectId = row.require(l.projectId());
                b.projectName = row.cell(l.projectName());
                b.projectType = row.cell(l.type());
                b.methodology = row.cell(l.methodology());
                b.country = row.cell(l.country());
                if (l.stated() != null) b.stated = row.cell(l.stated());
                b.project(projects.get(b.projectId));
                b.vintage = Vintage.of(row.year("Vintage"));
                if (l.date() != null) b.retiredOn = row.requireDate(l.date());
                if (l.beneficiary() != null) b.beneficiary = row.text(l.beneficiary());
                if (l.holder() != null) b.accountHolder = row.text(l.holder());
                b.notes = row.joined(l.notes());
                return b.build(classes);
            }, sink::record);
        }
    }
}
