package org.zhonghe.server;

import io.javalin.http.Context;
import java.util.List;

/**
 * The address of the client a request came from, for the failed-login throttle and the logs.
 * The server listens on 127.0.0.1; others reach it through a TLS reverse proxy, whose requests
 * all come from the proxy's address. When the peer is one of the configured trusted proxies
 * ({@code zhonghe serve --trusted-proxy 127.0.0.1}), the client is the last address of
 * {@code X-Forwarded-For} that is not itself a trusted proxy (each proxy appends the address it
 * saw, so earlier entries are whatever the client chose to send); from any other peer the header
 * is ignored, since anyone can write it.
 */
final class ClientAddress {
    private ClientAddress() {}

    static String of(Context ctx, List<String> trustedProxies) {
        String peer = ctx.req().getRemoteAddr();
        if (!trustedProxies.contains(peer)) return peer;
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) return peer;
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) return hop.length() > 64 ? hop.substring(0, 64) : hop;
        }
        return peer;
    }
}
