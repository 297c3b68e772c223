package org.openenpc.inventory;

import java.sql.SQLException;

import org.openenpc.inventory.InventoryException.Kind;
import org.openenpc.model.SafeText;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns what SQLite, PostgreSQL or Flyway threw into one {@link InventoryException} sentence. Stateless. */
final class SqlFailures {

    private SqlFailures() {
    }

    static InventoryException of(Throwable t, String location) {
        if (t instanceof InventoryException ie) {
            return ie;
        }
        SQLException sql = firstSql(t);
        Kind kind = sql == null ? Kind.OTHER : kind(sql);
        String detail = brief(String.valueOf((sql != null ? sql : t).getMessage()));
        String sentence = switch (kind) {
            case LOCKED -> "The inventory " + location + " is locked by another program (is another OpenENPC writing to it?).";
            case CORRUPT -> "The inventory " + location + " is damaged or is not an OpenENPC database; it was left"
                    + " untouched (move it away to start a new one).";
            case READ_ONLY -> "The inventory " + location + " cannot be written (a read-only file or folder); it was"
                    + " left untouched.";
            case UNREACHABLE -> "The inventory server " + location + " cannot be reached: " + detail;
            default -> "The inventory " + location + " refused the request: " + detail;
        };
        return new InventoryException(kind, sentence, t);
    }

    /** A server's or driver's message, one safe line of at most 200 characters. */
    static String brief(String message) {
        String line = SafeText.escape(message.strip().lines().findFirst().orElse(""));
        String cut = line.length() <= 200 ? line : line.substring(0, 199) + "…";
        return cut.endsWith(".") ? cut : cut + ".";
    }

    private static Kind kind(SQLException e) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            int primary = code.code & 0xff;
            switch (primary) {
                case 5, 6: return Kind.LOCKED;          // SQLITE_BUSY, SQLITE_LOCKED
                case 11, 26: return Kind.CORRUPT;       // SQLITE_CORRUPT, SQLITE_NOTADB
                case 8, 14, 3: return Kind.READ_ONLY;   // SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM
                default: return Kind.OTHER;
            }
        }
        String state = e.getSQLState();
        if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
            return Kind.UNREACHABLE; // connection exceptions, admin shutdown, cannot connect now
        }
        if (state != null && state.equals("25006")) {
            return Kind.READ_ONLY; // read-only SQL transaction (a hot standby)
        }
        return Kind.OTHER;
    }

    private static SQLException firstSql(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }
}
