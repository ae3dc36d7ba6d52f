package org.tongban.core.internal.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.tongban.core.data.DataAccessException;
import org.tongban.core.data.SqlWork;

/**
 * Commit-or-roll-back around one unit of work; plain JDBC so unit tests use it without OSGi. A unit the database
 * threw away as a whole (SQL state class 40: deadlock victim, lock timeout, serialization failure, and Derby's
 * identity generator giving up under contention) is run again, up to {@link #ATTEMPTS} times in all: such a failure
 * says nothing about the work, and everything it wrote was rolled back. Work must therefore only change the database
 * (or reset what it collects at its start).
 */
public final class JdbcTransactions {

    static final int ATTEMPTS = 4;

    private JdbcTransactions() {
    }

    public static <T> T inTransaction(DataSource dataSource, SqlWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(dataSource, work);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !transientRollback(e) || !pause(attempt)) {
                    throw e;
                }
            }
        }
    }

    private static <T> T once(DataSource dataSource, SqlWork<T> work) {
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

    /** Whether the database rolled the whole transaction back for reasons of concurrency (SQL state class 40). */
    static boolean transientRollback(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    /** Waits before the next attempt; false when interrupted (then no further attempt). */
    private static boolean pause(int attempt) {
        try {
            // Jittered, growing: the transactions that collided should not collide again in step.
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
            return true;
        } catch (InterruptedException i) {
            Thread.currentThread().interrupt();
            return false;
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
