package org.zhonghe.server;

import io.javalin.http.Context;
import java.util.Locale;

/** The language of a request: {@code ?lang=zh|en}, else the first of {@code Accept-Language}, else English. */
final class Lang {
    private Lang() {}

    static Locale of(Context ctx) {
        String q = ctx.queryParam("lang");
        if (q != null) return q.toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.CHINESE : Locale.ENGLISH;
        String header = ctx.header("Accept-Language");
        if (header != null && header.trim().toLowerCase(Locale.ROOT).startsWith("zh")) return Locale.CHINESE;
        return Locale.ENGLISH;
    }

    static boolean isChinese(Context ctx) {
        return of(ctx) == Locale.CHINESE;
    }
}
