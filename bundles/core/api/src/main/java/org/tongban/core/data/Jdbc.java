package org.tongban.core.data;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The few JDBC chores every store has, done one way: null-safe binding and reading of days, instants (kept as epoch
 * milliseconds) and optional numbers, positional arguments of a built WHERE clause, and an insert's generated key.
 */
public final class Jdbc {

    private Jdbc() {
    }

    /** A day, or SQL NULL for none. */
    public static void setDate(PreparedStatement ps, int index, LocalDate day) throws SQLException {
        if (day == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setDate(index, Date.valueOf(day));
        }
    }

    /** An instant as epoch milliseconds (the node's time columns), or SQL NULL for none. */
    public static void setMillis(PreparedStatement ps, int index, Instant at) throws SQLException {
        setLong(ps, index, at == null ? null : at.toEpochMilli());
    }

    /** A number, or SQL NULL for none. */
    public static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    public static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    /** An epoch-milliseconds column as an instant; null where the column is NULL. */
    public static Instant instant(ResultSet rs, int column) throws SQLException {
        long ms = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(ms);
    }

    /**
     * Binds the arguments of a WHERE clause built from optional filters, in order from parameter 1: strings, numbers,
     * days ({@link LocalDate} or {@link Date}), instants (as epoch milliseconds), null as a NULL string.
     */
    public static void bind(PreparedStatement ps, List<?> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            int p = i + 1;
            if (a instanceof Long l) {
                ps.setLong(p, l);
            } else if (a instanceof Integer n) {
                ps.setInt(p, n);
            } else if (a instanceof Date d) {
                ps.setDate(p, d);
            } else if (a instanceof LocalDate d) {
                ps.setDate(p, Date.valueOf(d));
            } else if (a instanceof Instant t) {
                ps.setLong(p, t.toEpochMilli());
            } else if (a == null || a instanceof String) {
                ps.setString(p, (String) a);
            } else {
                throw new IllegalArgumentException("cannot bind a " + a.getClass().getSimpleName());
            }
        }
    }

    /** The generated id of the row an insert made (prepared with RETURN_GENERATED_KEYS). */
    public static long generatedKey(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the insert returned no generated key");
            }
            return keys.getLong(1);
        }
    }
}
