package org.tongban.core.data;

import java.sql.SQLException;
import java.util.Optional;

/**
 * The database refusing a value (SQL state class 22, data exception: too long, out of range) or a change (class 23,
 * integrity constraint: a duplicate key, a missing value): the fault of what was sent, not of the database, and the
 * same classes on Derby and PostgreSQL. Any other failure (a lost connection, a deadlock) is the database's.
 */
public final class DataRefusals {

    private DataRefusals() {
    }

    /** The first refusal in the failure's causes (and each SQL exception's next exceptions, as batches chain them). */
    public static Optional<SQLException> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    String state = e.getSQLState();
                    if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
                        return Optional.of(e);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
