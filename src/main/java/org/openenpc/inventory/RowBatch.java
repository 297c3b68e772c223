package org.openenpc.inventory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Writes many rows of one shape in a few multi-row statements: {@code INSERT … VALUES (…), (…), …} and
 * {@code WITH v(…) AS (VALUES (…), (…), …) UPDATE t SET … FROM v WHERE …}, in chunks of at most {@link #MAX_ROWS}
 * rows and {@link #MAX_PARAMETERS} bound values (PostgreSQL allows 65,535, SQLite 32,766). The full chunks go in one
 * JDBC batch of the same statement, the rest in one shorter statement. The same SQL runs on both databases.
 * The rows are written in the order given. Stateless.
 *
 * <p>Values: {@link Long}, {@link Integer}, anything else as its string; a null is bound as VARCHAR in the first
 * column and BIGINT in the others, {@link #NULL_INTEGER} as an INTEGER null, {@link #NULL_TEXT} as a VARCHAR null (each column's values must share one type: PostgreSQL types a VALUES column
 * from its parameters).
 */
final class RowBatch {

    static final int MAX_ROWS = 1000;
    static final int MAX_PARAMETERS = 30_000;

    /** A null bound as INTEGER (a plain null is bound as VARCHAR in a row's first value, BIGINT elsewhere). */
    static final Object NULL_INTEGER = new Object();

    /** A null bound as VARCHAR wherever it is. */
    static final Object NULL_TEXT = new Object();

    /** {@code text}, or {@link #NULL_TEXT} for null. */
    static Object text(String text) {
        return text == null ? NULL_TEXT : text;
    }

    private RowBatch() {
    }

    /** {@code head}: "INSERT INTO t (a, b, c) VALUES"; {@code row}: "(?, ?, 7)", whose ? take the row's values. */
    static void insert(Connection c, String head, String row, List<Object[]> rows) throws SQLException {
        write(c, rows, n -> head + " " + repeat(row, n));
    }

    /**
     * {@code UPDATE table AS t SET set FROM v WHERE where}, where {@code v} has the named {@code columns} (one per
     * value of each row): e.g. set "a = v.a, b = 1", where "t.id = v.id".
     */
    static void update(Connection c, String table, String columns, String set, String where, List<Object[]> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String row = placeholders(rows.get(0).length);
        write(c, rows, n -> "WITH v (" + columns + ") AS (VALUES " + repeat(row, n) + ") UPDATE " + table
                + " AS t SET " + set + " FROM v WHERE " + where);
    }

    /** "(?, ?, …)" with {@code width} parameters: one row whose values are all bound. */
    static String placeholders(int width) {
        return "(" + "?, ".repeat(width - 1) + "?)";
    }

    /** Rows per statement for rows of {@code width} values. */
    static int chunk(int width) {
        return Math.max(1, Math.min(MAX_ROWS, MAX_PARAMETERS / Math.max(1, width)));
    }

    private interface Sql {
        String forRows(int n);
    }

    private static void write(Connection c, List<Object[]> rows, Sql sql) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int chunk = chunk(rows.get(0).length);
        int full = rows.size() / chunk * chunk;
        if (full > 0) {
            try (PreparedStatement s = c.prepareStatement(sql.forRows(chunk))) {
                for (int from = 0; from < full; from += chunk) {
                    bind(s, rows.subList(from, from + chunk));
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
        if (full < rows.size()) {
            try (PreparedStatement s = c.prepareStatement(sql.forRows(rows.size() - full))) {
                bind(s, rows.subList(full, rows.size()));
                s.executeUpdate();
            }
        }
    }

    private static String repeat(String row, int n) {
        StringBuilder b = new StringBuilder(n * (row.length() + 2));
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(row);
        }
        return b.toString();
    }

    private static void bind(PreparedStatement s, List<Object[]> rows) throws SQLException {
        int p = 1;
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++, p++) {
                Object v = row[i];
                if (v == null) {
                    s.setNull(p, i == 0 ? Types.VARCHAR : Types.BIGINT);
                } else if (v == NULL_INTEGER) {
                    s.setNull(p, Types.INTEGER);
                } else if (v == NULL_TEXT) {
                    s.setNull(p, Types.VARCHAR);
                } else if (v instanceof Long l) {
                    s.setLong(p, l);
                } else if (v instanceof Integer n) {
                    s.setInt(p, n);
                } else {
                    s.setString(p, v.toString());
                }
            }
        }
    }
}
