package org.zhonghe.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 §2: twenty bad tokens a minute from one address locked every user out, valid tokens
 * included — and behind the TLS proxy every user shares one address. Unknown tokens are now
 * throttled per address and per token prefix, and a valid token always passes.
 */
class FailedLoginTest {
    @TempDir Path dir;

    private ZhongheServer start(List<String> trustedProxies, StringBuilder printed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZhongheServer s = ZhongheServer.start(ServerOptions.defaults().withPort(0).withDataDir(dir).withMaxFailedLogins(3)
                .withTrustedProxies(trustedProxies), new PrintStream(out, true));
        printed.append(out);
        return s;
    }

    @Test
    void unknown_tokens_from_one_address_are_throttled_while_its_valid_tokens_still_pass() {
        StringBuilder printed = new StringBuilder();
        try (ZhongheServer server = start(List.of(), printed)) {
            Http http = new Http(server.port());
            String admin = Http.adminToken(printed);
            for (int i = 0; i < 3; i++) assertThat(http.get("/me", "zh_guess" + i + "xxxxxxxx").status()).isEqualTo(401);
            Http.Reply limited = http.get("/me", "zh_guess9xxxxxxxx");
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.headers()).containsKey("retry-after");
            assertThat(limited.contentType()).startsWith("application/problem+json");
            for (int i = 0; i < 20; i++) assertThat(http.get("/me", "zh_more" + i + "xxxxxxxx").status()).isEqualTo(429);
            Http.Reply valid = http.get("/me", admin);
            assertThat(valid.status()).as(valid.body()).isEqualTo(200);
            assertThat(valid.json().get("role").asText()).isEqualTo("admin");
            // X-Forwarded-For from an untrusted peer is anyone's to write: it does not reset the count
            assertThat(http.send("GET", "/me", "zh_spoofedxxxxxxxx", null, null, "X-Forwarded-For", "203.0.113.9").status())
                    .isEqualTo(429);
        }
    }

    @Test
    void behind_a_trusted_proxy_each_client_address_and_each_token_prefix_has_its_own_count() {
        StringBuilder printed = new StringBuilder();
        try (ZhongheServer server = start(List.of("127.0.0.1"), printed)) {
            Http http = new Http(server.port());
            for (int i = 0; i < 4; i++) {
                Http.Reply r = http.send("GET", "/me", "zh_a" + i + "xxxxxxxxx", null, null, "X-Forwarded-For", "198.51.100.1");
                assertThat(r.status()).isEqualTo(i < 3 ? 401 : 429);
            }
            // another client behind the same proxy is not affected
            assertThat(http.send("GET", "/me", "zh_bxxxxxxxxx", null, null, "X-Forwarded-For", "198.51.100.2").status()).isEqualTo(401);
            // one token replayed from many addresses is throttled by its prefix
            for (int i = 0; i < 4; i++) {
                Http.Reply r = http.send("GET", "/me", "zh_LEAKEDxxxxxxxx", null, null, "X-Forwarded-For", "192.0.2." + (10 + i));
                assertThat(r.status()).isEqualTo(i < 3 ? 401 : 429);
            }
            // a client cannot pose as another by prepending addresses: the proxy's last entry counts
            assertThat(http.send("GET", "/me", "zh_cxxxxxxxxx", null, null, "X-Forwarded-For", "10.9.9.9, 198.51.100.1").status())
                    .isEqualTo(429);
            assertThat(http.get("/me", Http.adminToken(printed)).status()).isEqualTo(200);
        }
    }
}
