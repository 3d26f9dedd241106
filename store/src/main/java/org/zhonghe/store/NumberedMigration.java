package org.zhonghe.store;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration written in Java (it needs what SQL does not have: SHA-256, the canonical credit key,
 * a registry's serial grammar): its number, description and checksum (the number: the code is
 * not hashed), run in the migration's transaction.
 */
abstract class NumberedMigration implements JavaMigration {
    private final int number;
    private final String description;

    NumberedMigration(int number, String description) {
        this.number = number;
        this.description = description;
    }

    @Override
    public final MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(String.valueOf(number));
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        return number;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }
}
