package org.tongban.core.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.core.data.DataAccessException;

class JdbcTransactionsTest {

    private DataSource ds;

    @BeforeEach
    void database() throws SQLException {
        ds = DerbyDatabase.empty();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (v INT NOT NULL)");
        }
    }

    private static void insert(Connection c, int v) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO t (v) VALUES (" + v + ")");
        }
    }

    private int rows() throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void workTheDatabaseThrewAwayForConcurrencyRunsAgainAndCommitsOnce() throws SQLException {
        AtomicInteger runs = new AtomicInteger();
        int result = JdbcTransactions.inTransaction(ds, c -> {
            insert(c, runs.incrementAndGet());
            if (runs.get() < 3) {
                throw new SQLTransactionRollbackException("A lock could not be obtained within the time requested", "40XL1");
            }
            return runs.get();
        });
        assertEquals(3, result);
        assertEquals(1, rows(), "the rolled-back attempts left nothing");
    }

    @Test
    void otherFailuresAreNotRetriedAndAPersistentConflictGivesUp() throws SQLException {
        AtomicInteger runs = new AtomicInteger();
        assertThrows(DataAccessException.class, () -> JdbcTransactions.inTransaction(ds, c -> {
            runs.incrementAndGet();
            insert(c, 1);
            throw new SQLException("duplicate key", "23505");
        }));
        assertEquals(1, runs.get());
        runs.set(0);
        DataAccessException e = assertThrows(DataAccessException.class, () -> JdbcTransactions.inTransaction(ds, c -> {
            runs.incrementAndGet();
            throw new DataAccessException("wrapped", new SQLException("deadlock", "40001"));
        }));
        assertEquals(JdbcTransactions.ATTEMPTS, runs.get());
        assertTrue(JdbcTransactions.transientRollback(e));
        assertFalse(JdbcTransactions.transientRollback(new IllegalStateException("no SQL in it")));
        assertEquals(0, rows());
    }
}
