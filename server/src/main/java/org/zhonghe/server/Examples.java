package org.zhonghe.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.zhonghe.io.AssessmentFile;

/**
 * The acceptance cases under {@code examples/}, bundled in the server's jar, to seed the demo
 * tenant and offer in the web UI; those with an XLSX ledger are left out (see {@link #hasWorkbook}).
 */
final class Examples {
    private static final String ROOT = "org/zhonghe/server/examples";

    private Examples() {}

    static List<AssessmentFile> bundled() {
        return List.copyOf(byName().values());
    }

    /** The bundled examples by their directory's name (with {@code .json} after it for a JSON assessment beside a YAML one). */
    static Map<String, AssessmentFile> byName() {
        URL url = Examples.class.getClassLoader().getResource(ROOT);
        if (url == null) return Map.of();
        try {
            URI uri = url.toURI();
            if (!uri.getScheme().equals("jar")) return read(Path.of(uri));
            try (FileSystem fs = open(uri)) {
                return read(fs.provider().getPath(uri));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad resource URL " + url, e);
        }
    }

    private static FileSystem open(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            throw new IOException("jar already open: " + uri, e);
        }
    }

    private static Map<String, AssessmentFile> read(Path root) throws IOException {
        Map<String, AssessmentFile> out = new LinkedHashMap<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                if (hasWorkbook(dir)) continue;
                for (String name : List.of("assessment.yaml", "assessment.json")) {
                    String id = dir.getFileName().toString().replaceAll("/$", "");
                    if (Files.exists(dir.resolve(name))) out.put(out.containsKey(id) ? id + ".json" : id, AssessmentFile.fromDirectory(dir, name));
                }
            }
        }
        return out;
    }

    /**
     * Whether an example keeps a ledger in an XLSX workbook ({@code xlsx-ledger}): an
     * {@link AssessmentFile} carries CSV ledgers only, so such an example is not bundled.
     */
    private static boolean hasWorkbook(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx"));
        }
    }
}
