package org.openenpc.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.openenpc.inventory.InventoryException.Kind;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens the inventory a user names: nothing for the default file in the {@link DataFolder}, a file path
 * or {@code jdbc:sqlite:PATH} for another SQLite file, {@code jdbc:postgresql://HOST/DB?user=…} for a
 * shared one. A PostgreSQL password never comes in the URL (it would land in settings and shell
 * history): it comes from {@code OPENENPC_DB_PASSWORD}, a file named by {@code OPENENPC_DB_PASSWORD_FILE},
 * or the driver's own {@code ~/.pgpass}. Stateless.
 */
public final class Inventories {

    public static final String FILE_NAME = "inventory.db";
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private Inventories() {
    }

    /** The default inventory file of this user. */
    public static Path defaultFile() {
        return DataFolder.current().resolve(FILE_NAME);
    }

    /** Opens (creating and migrating when needed) the inventory {@code db} names, null for the default. */
    public static Inventory open(String db) {
        return open(db, System.getenv());
    }

    static Inventory open(String db, Map<String, String> env) {
        if (db == null || db.isBlank()) {
            return openSqlite(defaultFile());
        }
        String t = db.strip();
        if (t.startsWith("jdbc:sqlite:")) {
            return openSqlite(Path.of(t.substring("jdbc:sqlite:".length())));
        }
        if (t.startsWith("jdbc:postgresql:")) {
            return openPostgres(t, env);
        }
        if (t.startsWith("jdbc:")) {
            throw new InventoryException(Kind.BAD_LOCATION, "\"" + SqlFailures.brief(t) + "\" is not a database OpenENPC"
                    + " can use: give a file path, jdbc:sqlite:PATH or jdbc:postgresql://HOST/DATABASE.");
        }
        return openSqlite(Path.of(t));
    }

    static Inventory openSqlite(Path file) {
        String location = file.toString();
        checkSqliteFile(file, location);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL); // WAL + NORMAL: a killed process loses nothing committed
        config.setBusyTimeout(3000);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE); // take the write lock at BEGIN, not halfway
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file);
        Migrations.migrate(source, Database.Dialect.SQLITE, location);
        return new JdbcInventory(new Database(Database.Dialect.SQLITE, location, source::getConnection));
    }

    /** Refuses, before SQLite touches it, a file it must not write: never overwrite what is not ours. */
    private static void checkSqliteFile(Path file, String location) {
        if (Files.isDirectory(file)) {
            throw new InventoryException(Kind.BAD_LOCATION, "The inventory " + location + " is a folder, not a file.");
        }
        if (Files.exists(file)) {
            byte[] head = new byte[SQLITE_HEADER.length];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            } catch (IOException e) {
                throw new InventoryException(Kind.READ_ONLY, "The inventory " + location + " cannot be read: "
                        + SqlFailures.brief(String.valueOf(e.getMessage())), e);
            }
            if (n > 0 && !Arrays.equals(head, SQLITE_HEADER)) {
                throw new InventoryException(Kind.CORRUPT, "The inventory " + location + " is damaged or is not an"
                        + " OpenENPC database; it was left untouched (move it away to start a new one).");
            }
            if (!Files.isWritable(file)) {
                throw new InventoryException(Kind.READ_ONLY, "The inventory " + location + " cannot be written (a"
                        + " read-only file); it was left untouched.");
            }
        }
        Path folder = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new InventoryException(Kind.READ_ONLY, "The inventory's folder " + folder + " cannot be created: "
                    + SqlFailures.brief(String.valueOf(e.getMessage())), e);
        }
        if (!Files.isWritable(folder)) {
            // WAL mode writes inventory.db-wal and -shm beside the file
            throw new InventoryException(Kind.READ_ONLY, "The inventory " + location + " cannot be written (its folder"
                    + " is read-only); it was left untouched.");
        }
    }

    static Inventory openPostgres(String url, Map<String, String> env) {
        String location = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        if (url.toLowerCase().matches(".*[?&]password=.*")) {
            throw new InventoryException(Kind.BAD_LOCATION, "Keep the password out of the database URL: put it in"
                    + " OPENENPC_DB_PASSWORD, in a file named by OPENENPC_DB_PASSWORD_FILE, or in ~/.pgpass.");
        }
        PGSimpleDataSource source = new PGSimpleDataSource();
        try {
            source.setUrl(url);
        } catch (IllegalArgumentException e) {
            throw new InventoryException(Kind.BAD_LOCATION, "\"" + SqlFailures.brief(location) + "\" is not a"
                    + " PostgreSQL URL: " + SqlFailures.brief(String.valueOf(e.getMessage())), e);
        }
        String user = env.get("OPENENPC_DB_USER");
        if (user != null && !user.isBlank()) {
            source.setUser(user);
        }
        String password = password(env);
        if (password != null) {
            source.setPassword(password);
        }
        source.setConnectTimeout(5);
        source.setSocketTimeout(30);
        source.setApplicationName("OpenENPC");
        Migrations.migrate(source, Database.Dialect.POSTGRESQL, location);
        return new JdbcInventory(new Database(Database.Dialect.POSTGRESQL, location, source::getConnection));
    }

    private static String password(Map<String, String> env) {
        String direct = env.get("OPENENPC_DB_PASSWORD");
        if (direct != null) {
            return direct;
        }
        String file = env.get("OPENENPC_DB_PASSWORD_FILE");
        if (file == null || file.isBlank()) {
            return null;
        }
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException e) {
            throw new InventoryException(Kind.BAD_LOCATION, "The password file " + file + " cannot be read: "
                    + SqlFailures.brief(String.valueOf(e.getMessage())), e);
        }
    }

}
