package org.tongban.core.internal.data;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.tongban.core.data.DataAccessException;
import org.tongban.core.data.SqlWork;

/** Commit-or-roll-back around one unit of work; plain JDBC so unit tests use it without OSGi. */
public final class JdbcTransactions {

    private JdbcTransactions() {
    }

    public static <T> T inTransaction(DataSource dataSource, SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new DataAccessException("transaction failed: " + e.getMessage(), e);
        }
    }

    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
