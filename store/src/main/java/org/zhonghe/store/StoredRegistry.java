package org.zhonghe.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.zhonghe.assessment.Credit;
import org.zhonghe.registry.BeneficiarySearch;
import org.zhonghe.registry.Registry;
import org.zhonghe.registry.RegistryData;
import org.zhonghe.registry.RegistryRecord;
import org.zhonghe.registry.RegistrySource;
import org.zhonghe.registry.Serial;

/**
 * The registry records imported into the store ({@code zhonghe registry import}), read back as
 * the folder gives them: the same records in the same order (registries in the order of
 * {@link Registry}, each in the order its files were read), so that {@code registry show},
 * {@code search}, {@code claims} and a check give the same answers from the store as from the
 * folder (docs/registries.md).
 */
public final class StoredRegistry implements RegistrySource {
    /** Index entries counted at most per key when choosing the rarest. */
    private static final int KEY_PROBE = 1000;
    private final Database db;

    StoredRegistry(Database db) {
        this.db = db;
    }

    /** The registries whose data were imported. */
    public Set<Registry> loaded() {
        return db.inTransaction(StoredRegistry::loaded);
    }

    private static Set<Registry> loaded(Connection c) throws SQLException {
        Set<Registry> out = EnumSet.noneOf(Registry.class);
        try (PreparedStatement p = c.prepareStatement("SELECT registry FROM registry_folders");
             ResultSet r = p.executeQuery()) {
            while (r.next()) out.add(Registry.valueOf(r.getString(1)));
        }
        return out;
    }

    /**
     * One registry's imported data.
     *
     * @param registry   which
     * @param sha256     of its folder's CSV files (names and bytes), as imported
     * @param files      files read
     * @param records    records stored
     * @param importedAt when
     */
    public record Folder(Registry registry, String sha256, int files, long records, java.time.Instant importedAt) {}

    /** The registries imported, in the order of {@link Registry}. */
    public List<Folder> folders() {
        return db.inTransaction(c -> {
            List<Folder> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT registry, sha256, files, records, imported_at FROM registry_folders");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Folder(Registry.valueOf(r.getString(1)), r.getString(2), r.getInt(3), r.getLong(4),
                            r.getTimestamp(5).toInstant()));
                }
            }
            out.sort(java.util.Comparator.comparing(Folder::registry));
            return out;
        });
    }

    @Override
    public boolean has(Registry registry) {
        return loaded().contains(registry);
    }

    @Override
    public List<RegistryRecord> find(Serial serial) {
        return db.inTransaction(c -> RegistryData.overlapping(block(c, serial), serial));
    }

    /**
     * The records a check of these credits may consult, held in memory (so that the evaluation's
     * transaction does not read the store again); empty when no registry data were imported at
     * all: credits are then judged as declared, as {@code check} without {@code --registry-data}.
     */
    public Optional<RegistryData> forCredits(Collection<Credit> credits) {
        return db.inTransaction(c -> {
            Set<Registry> loaded = loaded(c);
            if (loaded.isEmpty()) return Optional.empty();
            List<RegistryRecord> records = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            for (Credit credit : credits) {
                Optional<Registry> registry = Registry.fromName(credit.registry());
                if (registry.isEmpty() || !loaded.contains(registry.get()) || credit.serial() == null) continue;
                Optional<Serial> serial = RegistryData.tryParse(registry.get(), credit.serial());
                if (serial.isEmpty() || !seen.add(registry.get() + "\n" + serial.get().blockKey())) continue;
                records.addAll(block(c, serial.get()));
            }
            return Optional.of(RegistryData.of(loaded, records));
        });
    }

    /**
     * The retirements and cancellations made for {@code name} ({@link BeneficiarySearch#isFor}), in
     * the order of {@link #forEach}: the records the index holds under the rarest of the name's
     * keys ({@link BeneficiarySearch#indexKeys}, index seeks only), filtered as reading every
     * record would filter them. A name with Chinese characters but no two in a row has no key:
     * every record is read.
     */
    public List<RegistryRecord> search(String name) {
        List<String> keys = BeneficiarySearch.indexKeys(name);
        if (keys.isEmpty()) {
            List<RegistryRecord> out = new ArrayList<>();
            forEach(r -> {
                if (BeneficiarySearch.isFor(r, name)) out.add(r);
            });
            return out;
        }
        record Found(RegistryRecord record, long seq) {}
        return db.inTransaction(c -> {
            String key = rarest(c, keys);
            List<Found> found = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT r.* FROM registry_records r JOIN (SELECT DISTINCT registry, seq"
                    + " FROM registry_name_tokens WHERE token = ?) t ON t.registry = r.registry AND t.seq = r.seq")) {
                p.setString(1, key);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        RegistryRecord record = StoredRecordRow.read(r);
                        if (BeneficiarySearch.isFor(record, name)) found.add(new Found(record, r.getLong("seq")));
                    }
                }
            }
            found.sort(java.util.Comparator.comparing((Found f) -> f.record().registry()).thenComparingLong(Found::seq));
            return found.stream().map(Found::record).toList();
        });
    }

    /**
     * Of the keys, the one the fewest records hold, each counted up to {@link #KEY_PROBE} index
     * entries (a bounded seek each): "company" in "Company 881" is not what to read.
     */
    private static String rarest(Connection c, List<String> keys) throws SQLException {
        if (keys.size() == 1) return keys.get(0);
        String best = null;
        long fewest = Long.MAX_VALUE;
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM (SELECT seq FROM registry_name_tokens WHERE token = ?"
                + " FETCH FIRST " + KEY_PROBE + " ROWS ONLY) t")) {
            for (String k : keys) {
                p.setString(1, k);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    if (r.getLong(1) < fewest) {
                        fewest = r.getLong(1);
                        best = k;
                    }
                }
            }
        }
        return best;
    }

    /** Every record, in order, to {@code each} (read in batches: the records are not all held at once). */
    public void forEach(Consumer<RegistryRecord> each) {
        db.inTransaction(c -> {
            for (Registry registry : Registry.values()) {
                try (PreparedStatement p = c.prepareStatement("SELECT * FROM registry_records WHERE registry = ? ORDER BY seq")) {
                    p.setFetchSize(1000);
                    p.setString(1, registry.name());
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) each.accept(StoredRecordRow.read(r));
                    }
                }
            }
            return null;
        });
    }

    /** Every record, in order. */
    public List<RegistryRecord> records() {
        List<RegistryRecord> out = new ArrayList<>();
        forEach(out::add);
        return out;
    }

    private static List<RegistryRecord> block(Connection c, Serial serial) throws SQLException {
        List<RegistryRecord> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT * FROM registry_records WHERE registry = ? AND block_key = ? ORDER BY seq")) {
            p.setString(1, serial.registry().name());
            p.setString(2, serial.blockKey());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(StoredRecordRow.read(r));
            }
        }
        return out;
    }
}
