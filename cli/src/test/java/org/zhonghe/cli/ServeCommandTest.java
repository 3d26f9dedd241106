package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
    @TempDir Path dir;

    @Test
    void serve_prints_the_admin_token_once_writes_it_to_the_file_and_answers_at_the_printed_url() throws Exception {
        ServeCommand serve = new ServeCommand();
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(serve);
        cl.setOut(new PrintWriter(out, true));
        Path tokenFile = dir.resolve("admin.token");
        Thread t = new Thread(() -> cl.execute("--port", "0", "--data-dir", dir.resolve("data").toString(),
                "--admin-token-file", tokenFile.toString()));
        t.start();
        Matcher listening = Pattern.compile("Listening on (http://127\\.0\\.0\\.1:\\d+)").matcher("");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!listening.reset(out.toString()).find() && Instant.now().isBefore(deadline) && t.isAlive()) Thread.sleep(100);
        try {
            assertThat(listening.reset(out.toString()).find()).as(out.toString()).isTrue();
            String token = Files.readString(tokenFile).strip();
            assertThat(out.toString()).contains("Admin token: " + token);
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(listening.group(1)
                    + "/api/v1/entities")).header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("acme-2024");
        } finally {
            serve.stop.countDown();
            t.join();
        }
    }

    @Test
    void serve_help_names_every_option() {
        Run r = Run.of("serve", "--help");
        assertThat(r.out()).contains("--port", "--data-dir", "--db", "--admin-token-file");
        // the owner's URL is read from the environment only (credentials out of the process list): help names it
        assertThat(r.out()).contains("ZHONGHE_DB_OWNER_URL", "zhonghe_app");
    }
}
