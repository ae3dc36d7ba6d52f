package org.tongban.evaluation.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Binding of the optional filters the evaluation stores build their WHERE clauses from. */
final class Jdbc {

    private Jdbc() {
    }

    static void bind(PreparedStatement ps, List<?> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof Long l) {
                ps.setLong(i + 1, l);
            } else if (a instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else if (a instanceof Date d) {
                ps.setDate(i + 1, d);
            } else {
                ps.setString(i + 1, (String) a);
            }
        }
    }

    /** The generated id of the row an insert made. */
    static long key(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
