package org.zhonghe.server;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every answer a test receives over HTTP, held to the served {@code openapi.json} by Atlassian's
 * OpenAPI validator: the status must be documented for the route (or be covered by its
 * {@code default}), the content type must be one the document gives, and a JSON body must match
 * the schema. {@link Http#send} calls it for each reply, so every API test validates what it sees.
 * A path or method the document does not list must answer an error in problem+json.
 */
final class OpenApiContract {
    private static final String DOCUMENT = read();
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(DOCUMENT)
            // requests are the tests' business (many are bad on purpose); only answers are judged here
            .withLevelResolver(LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE).build())
            .build();

    private OpenApiContract() {}

    static String document() {
        return DOCUMENT;
    }

    private static String read() {
        try (InputStream in = OpenApiContract.class.getResourceAsStream("openapi.json")) {
            if (in == null) throw new IllegalStateException("openapi.json is missing from the server's resources");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems of one answer against the document; empty when it conforms. */
    static List<String> problems(String method, String pathAndQuery, int status, String contentType, String body,
            Map<String, List<String>> headers) {
        String path = pathAndQuery.replaceAll("\\?.*", "");
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status).withBody(body == null ? "" : body);
        if (!contentType.isEmpty()) response.withContentType(contentType);
        headers.forEach((name, values) -> {
            if (!name.equalsIgnoreCase("content-type") && !name.startsWith(":")) response.withHeader(name, values);
        });
        ValidationReport report = VALIDATOR.validateResponse(path, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), response.build());
        boolean unknownPath = report.getMessages().stream().anyMatch(m -> m.getKey().endsWith("path.missing")
                || m.getKey().endsWith("operation.notAllowed"));
        if (unknownPath) {
            // no route of the document: an unknown path (404), a method no route has (405), or a route a test adds (500)
            if (status >= 400 && contentType.startsWith("application/problem+json")) return List.of();
            return List.of("a path or method the document does not list answered " + status + " " + contentType
                    + " (expected application/problem+json)");
        }
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage())
                .collect(Collectors.toList());
    }

    /** Fails with every problem of one answer, naming the request. */
    static void require(String method, String pathAndQuery, int status, String contentType, String body,
            Map<String, List<String>> headers) {
        List<String> problems = problems(method, pathAndQuery, status, contentType, body, headers);
        if (!problems.isEmpty()) {
            String shown = body == null ? "" : body.length() > 600 ? body.substring(0, 600) + "…" : body;
            throw new AssertionError("openapi.json does not describe the answer to " + method + " " + pathAndQuery + " (" + status
                    + ", " + contentType + "):\n  " + String.join("\n  ", problems) + "\n--- body:\n" + shown);
        }
    }
}
