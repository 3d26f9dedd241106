package org.zhonghe.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

/** A client of a running server, as a script would be: real HTTP on 127.0.0.1. */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    final String base;

    Http(int port) {
        this.base = "http://127.0.0.1:" + port + "/api/v1";
    }

    /** A server on a free port over a fresh H2 directory. */
    static ZhongheServer start(Path dir, int maxFailedLogins, StringBuilder printed) {
        var out = new java.io.ByteArrayOutputStream();
        ZhongheServer s = ZhongheServer.start(ServerOptions.defaults().withPort(0).withDataDir(dir)
                .withMaxBodyBytes(256 * 1024).withMaxFailedLogins(maxFailedLogins), new java.io.PrintStream(out, true));
        printed.append(out);
        return s;
    }

    static String adminToken(CharSequence printed) {
        return printed.toString().lines().filter(l -> l.startsWith("Admin token: ")).findFirst().orElseThrow().substring(13);
    }

    record Reply(int status, String contentType, String body, Map<String, java.util.List<String>> headers) {
        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    Reply send(String method, String path, String token, String contentType, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        if (contentType != null) b.header("Content-Type", contentType);
        for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            Reply reply = new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers().map());
            OpenApiContract.require(method, "/api/v1" + path, reply.status(), reply.contentType(), reply.body(), reply.headers());
            return reply;
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    Reply get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    /**
     * Sends only a request's head, declaring a body of {@code length} bytes that never comes, and
     * returns the status and content type the server answers from the head alone. A large body
     * sent whole races the server's early refusal (it may close while the client still writes:
     * a broken pipe, seen in CI); the head alone is what such a refusal must be based on.
     */
    Reply headOnly(String method, String path, String token, String contentType, long length) {
        URI uri = URI.create(base + path);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            String head = method + " " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + length
                    + (token == null ? "" : "\r\nAuthorization: Bearer " + token) + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.ISO_8859_1));
            int status = Integer.parseInt(in.readLine().split(" ")[1]);
            String type = "";
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                if (line.regionMatches(true, 0, "Content-Type:", 0, 13)) type = line.substring(13).strip();
            }
            return new Reply(status, type, "", Map.of());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " (head only) failed", e);
        }
    }

    Reply post(String path, String token, String contentType, String body) {
        return send("POST", path, token, contentType, body);
    }

    /** An event of {@code entity} emitting 100 t CO2, offset by one retired credit {@code registry serial}. */
    static String eventYaml(String entity, String registry, String serial) {
        return """
                version: 1
                entity: {id: %1$s, name: 测试活动, type: event}
                period: {from: 2024-04-01, to: 2024-04-30}
                claim: {concept: carbon-neutrality}
                emissions:
                  - {id: e1, gas: CO2, amount: 60, unit: t, scope: 1}
                  - {id: e2, gas: CO2, amount: 40, unit: t, scope: 3}
                credits:
                  - {id: c1, registry: %2$s, serial: %3$s, type: avoidance, vintage: 2023, amount: 100, unit: t,
                     retired: true, beneficiary: %1$s}
                """.formatted(entity, registry, serial);
    }
}
