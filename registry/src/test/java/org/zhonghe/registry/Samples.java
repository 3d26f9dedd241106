package org.zhonghe.registry;

import java.nio.file.Files;
import java.nio.file.Path;

/** The registries' real sample exports, copied into {@code examples/registries} (see its README). */
final class Samples {
    static final Path DIR = locate();
    private static RegistryData data;

    private Samples() {}

    static synchronized RegistryData data() {
        if (data == null) data = RegistryData.read(DIR);
        return data;
    }

    static RegistryRecord at(String file, long line) {
        return data().records().stream().filter(r -> r.source().file().equals(file) && r.source().line() == line)
                .findFirst().orElseThrow(() -> new AssertionError("no record at " + file + ":" + line));
    }

    private static Path locate() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path d = p.resolve("examples/registries");
            if (Files.isDirectory(d)) return d;
        }
        throw new IllegalStateException("examples/registries not found above " + Path.of("").toAbsolutePath());
    }
}
