package org.zhonghe.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The store depends on core: it imports nothing of {@code io} (callers read and check what it
 * stores) and speaks no HTTP (the server maps its exceptions to statuses). The pom keeps io out of
 * its compile scope; this test says so in words and names the offending line.
 */
class StoreImportsTest {
    private static final Path STORE = Path.of("src", "main", "java");

    @Test
    void no_source_of_the_store_imports_a_package_of_io_or_speaks_http() throws IOException {
        Set<String> ioPackages = packages(Path.of("..", "io", "src", "main", "java"));
        assertThat(ioPackages).contains("org.zhonghe.io", "org.zhonghe.check", "org.zhonghe.output");
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(STORE)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    String l = line.strip();
                    boolean io = l.startsWith("import ") && ioPackages.stream().anyMatch(p -> l.startsWith("import " + p + "."));
                    boolean http = l.matches(".*\\b(BadRequest|NotFound|Conflict|HttpStatus|javalin)\\b.*");
                    if (io || http) offending.add(f.getFileName() + ": " + l);
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    private static Set<String> packages(Path root) throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".java"))
                    .forEach(p -> out.add(root.relativize(p.getParent()).toString().replace(java.io.File.separatorChar, '.')));
        }
        return out;
    }
}
