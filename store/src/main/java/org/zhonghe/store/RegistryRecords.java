package org.zhonghe.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongConsumer;
import org.zhonghe.registry.BeneficiarySearch;
import org.zhonghe.registry.CreditClasses;
import org.zhonghe.registry.FileCount;
import org.zhonghe.registry.Rejection;
import org.zhonghe.registry.RegistryFolders;
import org.zhonghe.registry.RegistryProject;
import org.zhonghe.registry.RegistryRecord;
import org.zhonghe.registry.RegistrySink;

/**
 * The registries' exports in the store ({@code registry_records}, migration V10; the beneficiary search's
 * index {@code registry_name_tokens}, V12). An import is
 * one transaction: a registry folder whose files are unchanged (same SHA-256) is left as it is,
 * a changed one replaced as a whole, and a file with any row not read imports nothing at all.
 * Rows are written in batches as they are read, so memory stays bounded whatever the size.
 */
public final class RegistryRecords {
    private static final int BATCH = 1000;
    private final Database db;

    RegistryRecords(Database db) {
        this.db = db;
    }

    /** What an import did: registries replaced and left unchanged, records written. */
    public record Summary(List<String> imported, List<String> unchanged, long records) {}

    /** Rows that were not read: nothing was imported. */
    public static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Rejection> rejections;

        Rejected(List<Rejection> rejections) {
            super(rejections.size() + " rows not read, first " + rejections.get(0), null, false, false);
            this.rejections = List.copyOf(rejections);
        }

        public List<Rejection> rejections() {
            return rejections;
        }
    }

    /**
     * Imports the registry folders of {@code dir} (see {@link RegistryFolders#find}); {@code progress}
     * hears the number of records written so far.
     *
     * @throws IllegalArgumentException when {@code dir} holds no registry export
     * @throws Rejected                 when a row is not read (nothing is imported)
     */
    public Summary importFrom(Path dir, LongConsumer progress) {
        List<RegistryFolders.Found> folders = RegistryFolders.find(dir);
        return db.inTransaction(c -> {
            List<String> imported = new ArrayList<>();
            List<String> unchanged = new ArrayList<>();
            long written = 0;
            for (RegistryFolders.Found f : folders) {
                String hash = hash(f.folder());
                String name = f.registry().name();
                if (hash.equals(storedHash(c, name))) {
                    unchanged.add(f.registry().displayName());
                    continue;
                }
                delete(c, name);
                Writer w = new Writer(c, written, progress);
                RegistryFolders.read(f, CreditClasses.bundled(), w);
                w.flush();
                w.insert.close();
                w.tokens.close();
                if (!w.rejections.isEmpty()) throw new Rejected(w.rejections);
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO registry_folders (registry, sha256, files, records, imported_at) VALUES (?, ?, ?, ?, ?)")) {
                    p.setString(1, name);
                    p.setString(2, hash);
                    p.setInt(3, w.files);
                    p.setLong(4, w.written - written);
                    p.setTimestamp(5, Timestamp.from(Instant.now()));
                    p.executeUpdate();
                }
                written = w.written;
                imported.add(f.registry().displayName());
            }
            return new Summary(imported, unchanged, written);
        });
    }

    /** The records as read back: look-ups by serial, search, the market view (one registry's seq orders its records). */
    public StoredRegistry stored() {
        return new StoredRegistry(db);
    }

    /** The number of records stored. */
    public long count() {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM registry_records");
                 ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    private static String storedHash(Connection c, String registry) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT sha256 FROM registry_folders WHERE registry = ?")) {
            p.setString(1, registry);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static void delete(Connection c, String registry) throws SQLException {
        for (String table : new String[] {"registry_name_tokens", "registry_records", "registry_folders"}) {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE registry = ?")) {
                p.setString(1, registry);
                p.executeUpdate();
            }
        }
    }

    /** Adds the beneficiary search's index rows of record {@code seq} to {@code tokens}' batch ({@link BeneficiarySearch#tokens}). */
    static void index(PreparedStatement tokens, RegistryRecord r, long seq) throws SQLException {
        for (String token : BeneficiarySearch.tokens(r)) {
            tokens.setString(1, r.registry().name());
            tokens.setLong(2, seq);
            tokens.setString(3, token);
            tokens.addBatch();
        }
    }

    /** SHA-256 over the names and bytes of the folder's CSV files, in name order. */
    static String hash(Path folder) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (Path file : RegistryFolders.csvFiles(folder)) {
                d.update(file.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                d.update((byte) 0);
                try (InputStream in = Files.newInputStream(file)) {
                    for (int n; (n = in.read(buffer)) > 0; ) d.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes records in batches as they are read; gathers rejections. */
    private static final class Writer implements RegistrySink {
        private final PreparedStatement insert;
        private final PreparedStatement tokens;
        private final LongConsumer progress;
        private final List<Rejection> rejections = new ArrayList<>();
        private long written;
        private int pending;
        private int files;
        private long seq;

        Writer(Connection c, long written, LongConsumer progress) throws SQLException {
            this.insert = c.prepareStatement("INSERT INTO registry_records (file, line, registry, status, serial, block_key,"
                    + " first_unit, last_unit, project_id, project_name, project_type, methodology, country, vintage_first,"
                    + " vintage_last, tonnes, kilograms, retired_on, beneficiary, account_holder, notes, credit_class,"
                    + " removal_kind, class_reason, class_source, seq)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            this.tokens = c.prepareStatement("INSERT INTO registry_name_tokens (registry, seq, token) VALUES (?, ?, ?)");
            this.written = written;
            this.progress = progress;
        }

        @Override
        public void project(RegistryProject project) {
            // projects join the records as they are read; the records carry their type and methodology
        }

        @Override
        public void record(RegistryRecord r) {
            if (!rejections.isEmpty()) return;
            try {
                int i = 1;
                insert.setString(i++, r.source().file());
                insert.setLong(i++, r.source().line());
                insert.setString(i++, r.registry().name());
                insert.setString(i++, r.status().id());
                insert.setString(i++, r.serial() == null ? null : r.serial().text());
                insert.setString(i++, r.serial() == null ? null : r.serial().blockKey());
                var range = r.serial() == null ? null : r.serial().range();
                setLong(i++, range == null ? null : range.first());
                setLong(i++, range == null ? null : range.last());
                insert.setString(i++, r.projectId());
                insert.setString(i++, r.projectName());
                insert.setString(i++, r.projectType());
                insert.setString(i++, r.methodology());
                insert.setString(i++, r.country());
                setInt(i++, r.vintage() == null ? null : r.vintage().firstYear());
                setInt(i++, r.vintage() == null ? null : r.vintage().lastYear());
                insert.setBigDecimal(i++, r.tonnes());
                insert.setBigDecimal(i++, r.kilograms());
                insert.setDate(i++, r.retiredOn() == null ? null : Date.valueOf(r.retiredOn()));
                insert.setString(i++, r.beneficiary());
                insert.setString(i++, r.accountHolder());
                insert.setString(i++, r.notes());
                insert.setString(i++, r.classification().creditClass().id());
                insert.setString(i++, r.classification().kind().map(k -> k.id()).orElse(null));
                insert.setString(i++, r.classification().reason());
                insert.setString(i++, r.classification().source());
                insert.setLong(i++, seq);
                insert.addBatch();
                index(tokens, r, seq++);
                written++;
                if (++pending == BATCH) flush();
            } catch (SQLException e) {
                throw new StoreFailure(e);
            }
        }

        @Override
        public void rejected(Rejection rejection) {
            rejections.add(rejection);
        }

        @Override
        public void fileRead(FileCount count) {
            files++;
        }

        void flush() {
            if (pending == 0) return;
            try {
                insert.executeBatch();
                tokens.executeBatch();
            } catch (SQLException e) {
                throw new StoreFailure(e);
            }
            pending = 0;
            progress.accept(written);
        }

        private void setLong(int i, Long v) throws SQLException {
            if (v == null) insert.setNull(i, Types.BIGINT); else insert.setLong(i, v);
        }

        private void setInt(int i, Integer v) throws SQLException {
            if (v == null) insert.setNull(i, Types.INTEGER); else insert.setInt(i, v);
        }
    }
}
