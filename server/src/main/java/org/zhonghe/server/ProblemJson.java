package org.zhonghe.server;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhonghe.assessment.Problem;
import org.zhonghe.io.ProblemText;

/**
 * Errors as {@code application/problem+json} (RFC 9457): {@code type}, {@code title},
 * {@code status}, {@code detail}, and for input errors {@code errors} exactly as
 * {@code zhonghe check --format json} lists them. Titles in Chinese or English; never a stack trace.
 */
final class ProblemJson {
    /** The kinds of problem the API reports, with their status and titles. */
    enum Kind {
        BAD_REQUEST(400, "bad-request", "Bad request", "请求有误"),
        UNAUTHORIZED(401, "unauthorized", "A valid bearer token is required", "需要有效的访问令牌"),
        FORBIDDEN(403, "forbidden", "Your role may not do this", "您的角色无权执行此操作"),
        NOT_FOUND(404, "not-found", "Not found", "未找到"),
        METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed", "不允许的方法"),
        CONFLICT(409, "conflict", "Conflict", "冲突"),
        TOO_LARGE(413, "too-large", "The request body is too large", "请求体过大"),
        UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Send application/json or application/yaml",
                "请发送 application/json 或 application/yaml"),
        INVALID_INPUT(422, "invalid-input", "The assessment has errors", "评估文件有错误"),
        TOO_MANY_FAILED_LOGINS(429, "too-many-failed-logins", "Too many failed logins; try again later",
                "登录失败次数过多，请稍后再试"),
        TOO_MANY_LOOKUPS(429, "too-many-lookups", "Too many credit look-ups; try again later", "碳信用查询过于频繁，请稍后再试"),
        INTERNAL(500, "internal", "Internal failure", "内部错误"),
        UNAVAILABLE(503, "unavailable", "The server cannot do this now", "服务器目前无法完成此操作");

        final int status;
        final String slug;
        final String en;
        final String zh;

        Kind(int status, String slug, String en, String zh) {
            this.status = status;
            this.slug = slug;
            this.en = en;
            this.zh = zh;
        }

        static Kind ofStatus(int status) {
            for (Kind k : values()) if (k.status == status) return k;
            return status >= 500 ? INTERNAL : BAD_REQUEST;
        }
    }

    private ProblemJson() {}

    static void send(Context ctx, Kind kind, String detail) {
        send(ctx, kind, detail, null);
    }

    static void invalid(Context ctx, List<Problem> problems) {
        ProblemText text = ProblemText.of(Lang.of(ctx));
        List<Map<String, Object>> errors = problems.stream().map(text::json).toList();
        String detail = problems.size() == 1 ? text.line(problems.get(0)) : Lang.isChinese(ctx)
                ? problems.size() + " 个错误，见 errors" : problems.size() + " errors, listed in errors";
        send(ctx, Kind.INVALID_INPUT, detail, errors);
    }

    private static void send(Context ctx, Kind kind, String detail, List<Map<String, Object>> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:zhonghe:problem:" + kind.slug);
        body.put("title", Lang.isChinese(ctx) ? kind.zh : kind.en);
        body.put("status", kind.status);
        body.put("detail", detail == null ? "" : detail);
        if (errors != null) body.put("errors", errors);
        ctx.status(kind.status).contentType("application/problem+json; charset=utf-8").result(Json.write(body));
    }
}
