package org.openenpc.inventory;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * Brings a database to this build's schema with Flyway ({@code db/migration/sqlite} or
 * {@code db/migration/postgresql}), refusing one that a newer OpenENPC migrated. Flyway itself is loaded
 * only when there is something to migrate: opening an up-to-date inventory costs one query.
 */
final class Migrations {

    /** The newest schema version this build knows: the highest V file in the migration folders. */
    static final int LATEST = 3;

    private Migrations() {
    }

    /** Migrates the database behind {@code source} to {@link #LATEST}; or throws NEWER_SCHEMA. */
    static void migrate(DataSource source, Database.Dialect dialect, String location) {
        migrate(source, dialect, location, LATEST);
    }

    /** Migrates to {@code target} (tests build each earlier version with this). */
    static void migrate(DataSource source, Database.Dialect dialect, String location, int target) {
        int installed;
        try (Connection c = source.getConnection()) {
            installed = installedVersion(c);
        } catch (SQLException e) {
            throw SqlFailures.of(e, location);
        }
        if (installed > LATEST) {
            throw new InventoryException(InventoryException.Kind.NEWER_SCHEMA, "The inventory " + location
                    + " was written by a newer OpenENPC (schema version " + installed + "; this one knows up to "
                    + LATEST + "); it was left untouched.");
        }
        if (installed >= target) {
            return;
        }
        try {
            Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(source)
                    .locations("classpath:db/migration/" + (dialect == Database.Dialect.SQLITE ? "sqlite" : "postgresql"))
                    .target(String.valueOf(target))
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw SqlFailures.of(e, location);
        }
    }

    /** The highest schema version applied, 0 for a database without Flyway's history table. */
    static int installedVersion(Connection c) throws SQLException {
        if (!hasHistoryTable(c)) {
            return 0;
        }
        int max = 0;
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success = "
                     + (c.getMetaData().getDatabaseProductName().toLowerCase().contains("sqlite") ? "1" : "true"))) {
            while (r.next()) {
                String v = r.getString(1);
                if (v == null) {
                    continue;
                }
                try {
                    max = Math.max(max, Integer.parseInt(v.split("\\.")[0]));
                } catch (NumberFormatException e) {
                    max = Integer.MAX_VALUE; // a version this build cannot read is newer than it
                }
            }
        }
        return max;
    }

    private static boolean hasHistoryTable(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet r = md.getTables(null, null, "flyway_schema_history", null)) {
            return r.next();
        }
    }
}
