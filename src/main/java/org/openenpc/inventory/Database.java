package org.openenpc.inventory;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One connection to the inventory's database, opened on first use and opened again after the server
 * dropped it, with every unit of work in a transaction. Callers serialise on this object.
 */
final class Database implements AutoCloseable {

    /** How the SQL differs between the two databases (little: the schema's identity columns and text). */
    enum Dialect { SQLITE, POSTGRESQL }

    /** Opens a new connection; throws what the driver threw. */
    interface Connector {
        Connection connect() throws SQLException;
    }

    /** A unit of work in one transaction. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final Dialect dialect;
    private final String location;
    private final Connector connector;
    private Connection connection;

    Database(Dialect dialect, String location, Connector connector) {
        this.dialect = dialect;
        this.location = location;
        this.connector = connector;
    }

    Dialect dialect() {
        return dialect;
    }

    String location() {
        return location;
    }

    /**
     * Text as stored: exact on SQLite; on PostgreSQL, whose text cannot hold U+0000 (a hostile device may
     * send one), NUL and backslash are escaped, and {@link #decode} undoes it exactly.
     */
    String encode(String text) {
        if (dialect == Dialect.SQLITE || (text.indexOf('\\') < 0 && text.indexOf('\0') < 0)) {
            return text;
        }
        return text.replace("\\", "\\\\").replace("\0", "\\0");
    }

    String decode(String stored) {
        if (stored == null) {
            return "";
        }
        if (dialect == Dialect.SQLITE || stored.indexOf('\\') < 0) {
            return stored;
        }
        StringBuilder b = new StringBuilder(stored.length());
        for (int i = 0; i < stored.length(); i++) {
            char ch = stored.charAt(i);
            if (ch == '\\' && i + 1 < stored.length()) {
                char next = stored.charAt(++i);
                b.append(next == '0' ? '\0' : next);
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    synchronized <T> T inTransaction(Work<T> work) {
        try {
            Connection c = connection();
            // Between calls the connection stays in auto-commit: an idle one holds no lock (sqlite-jdbc begins
            // the next transaction at once after a commit, which with IMMEDIATE would keep the write lock).
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.setAutoCommit(true); // commits
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            // The next call connects afresh: after a lost server, or a BEGIN that found the file locked (the
            // driver then believes in a transaction that never began), the old connection is no use.
            dropConnection();
            throw SqlFailures.of(e, location);
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = connector.connect();
        }
        return connection;
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone: nothing was committed
        }
    }

    private void dropConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already broken
            }
            connection = null;
        }
    }

    @Override
    public synchronized void close() {
        dropConnection();
    }
}
