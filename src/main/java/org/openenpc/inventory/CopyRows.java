package org.openenpc.inventory;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes many new rows of one table into PostgreSQL with {@code COPY … FROM STDIN} (text format): one stream the
 * server parses without planning a statement per chunk, several times faster than multi-row {@code INSERT}s for the
 * tens of thousands of rows of a first scan. The rows go in the order given (identity keys follow it). Values as
 * {@link RowBatch} takes them; nulls and {@link RowBatch#NULL_INTEGER} / {@link RowBatch#NULL_TEXT} as {@code \N}.
 * Text must be {@link Database#encode encoded} already (no NUL). Stateless.
 */
final class CopyRows {

    /** Bytes sent to the server at a time. */
    private static final int FLUSH_AT = 1 << 16;

    private CopyRows() {
    }

    /** {@code columns}: "a, b, c", one per value of each row. */
    static void copy(Connection c, String table, String columns, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
        try {
            StringBuilder b = new StringBuilder(FLUSH_AT + 1024);
            for (Object[] row : rows) {
                line(b, row);
                if (b.length() >= FLUSH_AT) {
                    send(in, b);
                }
            }
            send(in, b);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy(); // an exception above: the transaction is rolled back by the caller
            }
        }
    }

    /** One row in COPY's text format: values separated by tabs, a newline at the end. */
    static void line(StringBuilder b, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                b.append('\t');
            }
            Object v = row[i];
            if (v == null || v == RowBatch.NULL_INTEGER || v == RowBatch.NULL_TEXT) {
                b.append("\\N");
            } else if (v instanceof Long || v instanceof Integer) {
                b.append(v);
            } else {
                escape(b, v.toString());
            }
        }
        b.append('\n');
    }

    private static void escape(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(ch);
            }
        }
    }

    private static void send(CopyIn in, StringBuilder b) throws SQLException {
        if (b.length() > 0) {
            byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            b.setLength(0);
        }
    }
}
