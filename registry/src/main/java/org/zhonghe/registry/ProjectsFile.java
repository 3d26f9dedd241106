package org.zhonghe.registry;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Reads a registry's projects file into the sink and returns its projects by id, for the other files to join. */
final class ProjectsFile {
    /** The columns of a projects layout. */
    record Columns(String id, String name, String type, String methodology, String country) {}

    private ProjectsFile() {}

    static Map<String, RegistryProject> read(Registry registry, Path folder, String label, Columns c, RegistrySink sink) {
        Map<String, RegistryProject> byId = new HashMap<>();
        ExportFile.read(folder, label, "projects.csv", sink, row -> new RegistryProject(registry, row.require(c.id()),
                row.cell(c.name()), c.type() == null ? null : row.cell(c.type()),
                c.methodology() == null ? null : row.cell(c.methodology()), row.cell(c.country()), row.source()), p -> {
            byId.put(p.id(), p);
            sink.project(p);
        });
        return byId;
    }
}
