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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.zhonghe.store.AssessmentFile;

/** The acceptance cases under {@code examples/}, bundled in the server's jar, to seed the demo tenant. */
final class Examples {
    private static final String ROOT = "org/zhonghe/server/examples";

    private Examples() {}

    static List<AssessmentFile> bundled() {
        URL url = Examples.class.getClassLoader().getResource(ROOT);
        if (url == null) return List.of();
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

    private static List<AssessmentFile> read(Path root) throws IOException {
        List<AssessmentFile> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                for (String name : List.of("assessment.yaml", "assessment.json")) {
                    if (Files.exists(dir.resolve(name))) out.add(AssessmentFile.fromDirectory(dir, name));
                }
            }
        }
        return out;
    }
}
