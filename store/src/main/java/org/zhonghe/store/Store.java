package org.zhonghe.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ledgers of every tenant in one database: accounts, entities, assessments, evaluations and
 * the audit log. Open it with {@link #open}; on a database without tenants,
 * {@link #initialize} creates the demo tenant and its admin.
 */
public final class Store implements AutoCloseable {
    /** The tenant created on first start. */
    public static final String DEMO = "demo";
    private final Database db;
    private final Accounts accounts;
    private final Entities entities;
    private final Assessments assessments;
    private final Evaluations evaluations;
    private final AuditLog audit;
    private final Credits credits;
    private final RegistryRecords registry;

    private Store(Database db) {
        this.db = db;
        this.accounts = new Accounts(db);
        this.entities = new Entities(db);
        this.assessments = new Assessments(db);
        this.evaluations = new Evaluations(db);
        this.audit = new AuditLog(db);
        this.credits = new Credits(db);
        this.registry = new RegistryRecords(db);
    }

    /** Opens the database at {@code jdbcUrl}, creating and migrating it when new. */
    public static Store open(String jdbcUrl) {
        return new Store(Database.open(jdbcUrl, null));
    }

    /**
     * Opens the database at {@code jdbcUrl} as the application's role, migrating it first over
     * {@code ownerUrl} (the tables' owner; null: {@code jdbcUrl} itself). On PostgreSQL the
     * application's role then owns nothing: it cannot alter, drop or truncate a table.
     */
    public static Store open(String jdbcUrl, String ownerUrl) {
        return new Store(Database.open(jdbcUrl, ownerUrl));
    }

    /**
     * Opens the embedded H2 database in {@code dir} ({@code dir/zhonghe.mv.db}), creating the
     * directory owner-only (0700) when absent; the database file is made owner-only (0600).
     */
    public static Store openDirectory(java.nio.file.Path dir) {
        Objects.requireNonNull(dir, "dir");
        Store s = open(DataDirectory.prepare(dir));
        try {
            DataDirectory.restrict(dir);
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    /**
     * On first start (no tenant yet): creates tenant {@value #DEMO} with an admin, imports
     * {@code examples} (read and checked by the caller) into it, and gives the admin's token;
     * later starts give nothing.
     */
    public synchronized Optional<Accounts.Issued> initialize(List<CheckedAssessment> examples) {
        Objects.requireNonNull(examples, "examples");
        if (!accounts.isEmpty()) return Optional.empty();
        Accounts.Issued admin = accounts.createTenant(DEMO, true, null);
        Principal p = accounts.authenticate(admin.token()).orElseThrow();
        for (CheckedAssessment example : examples) assessments.importFile(p, example);
        return Optional.of(admin);
    }

    /** The registries' exports imported into the store (docs/registries.md). */
    public RegistryRecords registry() {
        return registry;
    }

    public Accounts accounts() {
        return accounts;
    }

    public Entities entities() {
        return entities;
    }

    public Assessments assessments() {
        return assessments;
    }

    public Evaluations evaluations() {
        return evaluations;
    }

    public AuditLog audit() {
        return audit;
    }

    /** Withdrawals, look-ups and decisions on the credit ledger. */
    public Credits credits() {
        return credits;
    }

    /**
     * True on PostgreSQL when the application connects as the owner of the audit log, who could
     * alter, drop or truncate it (docs/credit-ledger.md: connect as a member of {@code zhonghe_app}
     * and migrate as the owner); false on H2, which has no such roles.
     */
    public boolean runsAsOwner() {
        if (!db.url().startsWith("jdbc:postgresql:")) return false;
        return db.inTransaction(c -> {
            try (var ps = c.prepareStatement("SELECT tableowner = current_user FROM pg_tables WHERE tablename = 'audit_log'"
                    + " AND schemaname = current_schema()"); var rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    /** The JDBC URL the store was opened with. */
    public String url() {
        return db.url();
    }

    /** Closes the pool's idle connections (tests: a database used long after its migration). */
    void recycleConnections() {
        db.recycleConnections();
    }

    @Override
    public void close() {
        db.close();
    }
}
