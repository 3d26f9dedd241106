package org.zhonghe.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How to run the server.
 *
 * @param port             TCP port on 127.0.0.1; 0 for any free port
 * @param dataDir          where the embedded H2 database lives when {@code jdbcUrl} is null
 * @param jdbcUrl          a JDBC URL ({@code jdbc:postgresql://…}); null for embedded H2 in {@code dataDir}
 * @param adminTokenFile   where to write the first admin token; may be null
 * @param maxBodyBytes     the largest request body accepted (413 above)
 * @param maxFailedLogins  unknown tokens one address (or one token prefix) may send per minute before
 *                         its unknown tokens get 429 instead of 401; valid tokens are never refused
 * @param trustedProxies   addresses of reverse proxies whose {@code X-Forwarded-For} names the client;
 *                         from any other peer the header is ignored (empty: the peer is the client)
 */
public record ServerOptions(int port, Path dataDir, String jdbcUrl, Path adminTokenFile, long maxBodyBytes, int maxFailedLogins,
                            List<String> trustedProxies) {
    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1024 * 1024;
    public static final int DEFAULT_MAX_FAILED_LOGINS = 20;

    public ServerOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
        if (maxBodyBytes <= 0) throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        if (maxFailedLogins <= 0) throw new IllegalArgumentException("maxFailedLogins must be positive: " + maxFailedLogins);
        trustedProxies = List.copyOf(trustedProxies);
    }

    /** The defaults: port 7070, {@code ~/.zhonghe}, embedded H2. */
    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_PORT, Path.of(System.getProperty("user.home"), ".zhonghe"), null, null,
                DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_FAILED_LOGINS, List.of());
    }

    public ServerOptions withPort(int p) {
        return new ServerOptions(p, dataDir, jdbcUrl, adminTokenFile, maxBodyBytes, maxFailedLogins, trustedProxies);
    }

    public ServerOptions withDataDir(Path d) {
        return new ServerOptions(port, d, jdbcUrl, adminTokenFile, maxBodyBytes, maxFailedLogins, trustedProxies);
    }

    public ServerOptions withJdbcUrl(String url) {
        return new ServerOptions(port, dataDir, url, adminTokenFile, maxBodyBytes, maxFailedLogins, trustedProxies);
    }

    public ServerOptions withAdminTokenFile(Path f) {
        return new ServerOptions(port, dataDir, jdbcUrl, f, maxBodyBytes, maxFailedLogins, trustedProxies);
    }

    public ServerOptions withMaxBodyBytes(long n) {
        return new ServerOptions(port, dataDir, jdbcUrl, adminTokenFile, n, maxFailedLogins, trustedProxies);
    }

    public ServerOptions withMaxFailedLogins(int n) {
        return new ServerOptions(port, dataDir, jdbcUrl, adminTokenFile, maxBodyBytes, n, trustedProxies);
    }

    /** Trusts {@code X-Forwarded-For} from these proxy addresses (as the server sees them, e.g. 127.0.0.1). */
    public ServerOptions withTrustedProxies(List<String> proxies) {
        return new ServerOptions(port, dataDir, jdbcUrl, adminTokenFile, maxBodyBytes, maxFailedLogins, proxies);
    }
}
