package org.zhonghe.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Set;
import org.flywaydb.core.Flyway;

/**
 * A migrated database behind a small connection pool: an embedded H2 file by default, or
 * PostgreSQL ({@code jdbc:postgresql://…}). The same Flyway migrations ({@code db/migration}) run on
 * both, then each one's own ({@code db/vendor/h2}, {@code db/vendor/postgresql}: the triggers that
 * keep the audit log append-only). Work goes through {@link #inTransaction}: all or nothing.
 */
public final class Database implements AutoCloseable {
    private static final Set<String> RETRYABLE = Set.of("23505", "40001", "40P01", "HYT00", "90131");
    private final HikariDataSource pool;
    private final String url;

    private Database(String url, String ownerUrl) {
        this.url = url;
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(url);
        cfg.setMaximumPoolSize(8);
        cfg.setMinimumIdle(1);
        cfg.setAutoCommit(false);
        cfg.setPoolName("zhonghe");
        this.pool = new HikariDataSource(cfg);
        // the schema, then what each database does its own way (the audit log's append-only trigger)
        String vendor = url.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
        try {
            var flyway = Flyway.configure().loggers("slf4j").javaMigrations(new SealExistingRows(), new FillRangesAndNameTokens(), new CanonicalBlockKeys(),
                            new RebuildNameTokens())
                    .locations("classpath:db/migration", "classpath:db/vendor/" + vendor);
            (ownerUrl == null ? flyway.dataSource(pool) : flyway.dataSource(ownerUrl, null, null)).load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Opens (creating and migrating when new) the database at {@code jdbcUrl}. */
    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, null);
    }

    /**
     * Opens the database at {@code jdbcUrl} (the application's role), migrating it over
     * {@code ownerUrl} (the tables' owner) first; {@code ownerUrl} null: over {@code jdbcUrl}.
     */
    public static Database open(String jdbcUrl, String ownerUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        for (String u : ownerUrl == null ? new String[] {jdbcUrl} : new String[] {jdbcUrl, ownerUrl}) {
            if (!u.startsWith("jdbc:postgresql:") && !u.startsWith("jdbc:h2:")) {
                throw new IllegalArgumentException("not a PostgreSQL or H2 JDBC URL: '" + u + "'");
            }
        }
        return new Database(jdbcUrl, ownerUrl);
    }

    /**
     * The embedded H2 database in {@code dir} ({@code dir/zhonghe.mv.db}). Every commit is written
     * at once ({@code WRITE_DELAY=0}), so a killed server loses nothing committed.
     */
    public static String h2Url(Path dir) {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("zhonghe") + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";
    }

    public String url() {
        return url;
    }

    /** Work inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    /** True for a failure that a retry of the whole transaction may cure (unique violation, lock, deadlock). */
    static boolean isRetryable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null && RETRYABLE.contains(s.getSQLState())) return true;
        }
        return false;
    }

    /**
     * Closes every idle connection of the pool, as its idle timeout does after ten minutes; new
     * ones are opened on demand (H2 2.4.240 broke CHECK constraints once the session that created
     * them had closed: tests call this before creating users).
     */
    void recycleConnections() {
        pool.getHikariPoolMXBean().softEvictConnections();
    }

    @Override
    public void close() {
        pool.close();
    }
}
