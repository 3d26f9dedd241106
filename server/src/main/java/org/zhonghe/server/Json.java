package org.zhonghe.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.javalin.http.Context;
import java.time.Instant;
import org.zhonghe.store.Role;

/** The server's JSON: records as objects, instants as ISO-8601 text, roles by id ({@code admin}), no nulls dropped. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new SimpleModule().addSerializer(Instant.class, ToStringSerializer.instance)
                    .addSerializer(Role.class, new StdSerializer<>(Role.class) {
                        @Override
                        public void serialize(Role role, JsonGenerator out, SerializerProvider unused) throws java.io.IOException {
                            out.writeString(role.id());
                        }
                    }));

    private Json() {}

    static void send(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(write(body));
    }

    static String write(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The request body as a JSON object; a body that is not one is a bad request. */
    static JsonNode object(Context ctx) {
        JsonNode n;
        try {
            n = MAPPER.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw new BadRequest("the body is not JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) throw new BadRequest("the body must be a JSON object");
        return n;
    }

    /** A text field of a JSON object; missing or not text is a bad request. */
    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) throw new BadRequest("field '" + field + "' (text) is required");
        return v.asText();
    }
}
