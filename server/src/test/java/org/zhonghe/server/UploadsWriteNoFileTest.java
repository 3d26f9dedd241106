package org.zhonghe.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Uploads are read from memory: importing, editing, evaluating, checking and reporting an
 * assessment with CSV ledgers through the real server leaves the JVM's temporary directory as it
 * was. Runs in a surefire execution of its own whose {@code java.io.tmpdir} is a directory only it uses.
 */
class UploadsWriteNoFileTest {
    static final String PRIVATE_TMPDIR = "upload-tmpdir";

    @Test
    void uploads_through_the_server_create_no_temporary_file_or_directory() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        Assumptions.assumeTrue(tmp.getFileName().toString().equals(PRIVATE_TMPDIR),
                "runs in surefire's execution 'private-tmpdir' (java.io.tmpdir=target/" + PRIVATE_TMPDIR + ")");
        Path data = Path.of("target", "upload-test-data-" + ProcessHandle.current().pid()).toAbsolutePath();
        clear(tmp);
        clear(data);
        StringBuilder printed = new StringBuilder();
        try (ZhongheServer server = Http.start(data, 1000, printed)) {
            Http http = new Http(server.port());
            String admin = Http.adminToken(printed);
            List<String> before = listing(tmp);
            WatchService watch = FileSystems.getDefault().newWatchService();
            tmp.register(watch, StandardWatchEventKinds.ENTRY_CREATE);

            Path example = Path.of("..", "examples", "acme-csv-ledger");
            String envelope = Json.MAPPER.writeValueAsString(Map.of("syntax", "yaml",
                    "document", Files.readString(example.resolve("assessment.yaml")),
                    "ledgers", Map.of("emissions.csv", Files.readString(example.resolve("emissions.csv")),
                            "credits.csv", Files.readString(example.resolve("credits.csv")))));
            Http.Reply imported = http.post("/assessments", admin, "application/json", envelope);
            assertThat(imported.status()).as(imported.body()).isEqualTo(201);
            long id = imported.json().get("id").asLong();
            assertThat(http.send("PUT", "/assessments/" + id, admin, "application/json", envelope).status()).isEqualTo(200);
            Http.Reply evaluated = http.post("/assessments/" + id + "/evaluate", admin, null, null);
            assertThat(evaluated.status()).as(evaluated.body()).isEqualTo(200);
            assertThat(http.post("/check", admin, "application/json", envelope).status()).isEqualTo(200);
            assertThat(http.post("/report", admin, "application/json", envelope).status()).isEqualTo(200);
            String wrong = envelope.replace("credits.csv", "../credits.csv");
            assertThat(http.post("/check", admin, "application/json", wrong).status()).isIn(400, 422);
            assertThat(http.get("/assessments/" + id + "/report", admin).status()).isEqualTo(200);

            assertThat(created(watch, tmp)).as("created in the temporary directory " + tmp).isEmpty();
            assertThat(listing(tmp)).as("the temporary directory " + tmp).isEqualTo(before).isEmpty();
        }
    }

    /**
     * What was created in {@code dir} since the watch began, even if deleted since: a sentinel
     * file created last marks the end of the events to read (a watch delivers them in order).
     */
    private static List<String> created(WatchService watch, Path dir) throws Exception {
        Path sentinel = Files.createFile(dir.resolve("sentinel"));
        List<String> created = new ArrayList<>();
        try (watch) {
            while (true) {
                WatchKey key = watch.take();
                for (WatchEvent<?> e : key.pollEvents()) {
                    if (e.kind() == StandardWatchEventKinds.OVERFLOW) throw new AssertionError("too many events in " + dir);
                    Path name = (Path) e.context();
                    if (name.equals(sentinel.getFileName())) {
                        Files.delete(sentinel);
                        return created;
                    }
                    created.add(name.toString());
                }
                key.reset();
            }
        }
    }

    private static List<String> listing(Path dir) throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    private static void clear(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).toList()) Files.delete(p);
            }
        }
        Files.createDirectories(dir);
    }
}
