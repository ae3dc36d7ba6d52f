package org.tongban.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongban.core.data.DataAccessException;
import org.tongban.core.rest.Problem;

/** The database's refusals of values, as Derby really raises them, become 4xx problems; its outages do not. */
class DataFaultsTest {

    private static EmbeddedDataSource derby;

    @BeforeAll
    static void database() throws SQLException {
        System.setProperty("derby.stream.error.file", "target/derby.log");
        derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:" + UUID.randomUUID());
        derby.setCreateDatabase("create");
        try (Connection c = derby.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (k INT NOT NULL PRIMARY KEY, name VARCHAR(20) NOT NULL, amount DECIMAL(6,2), d DATE)");
        }
    }

    private static Problem refused(String sql) {
        try (Connection c = derby.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            return DataFaults.problem(new DataAccessException("transaction failed: " + e.getMessage(), e)).orElseThrow();
        }
        throw new AssertionError("the database took " + sql);
    }

    @Test
    void aTextTooLongIsA400NamingTheLimitButNotTheValue() {
        Problem p = refused("INSERT INTO t (k, name) VALUES (1, '" + "秘".repeat(30) + "')");
        assertEquals(400, p.status());
        assertEquals(Problem.TYPE_BASE + "value-too-long", p.type());
        assertTrue(p.detail().contains("at most 20 characters"), p.detail());
        assertFalse(p.detail().contains("秘"), "the value is not echoed: " + p.detail());
    }

    @Test
    void numbersOutOfRangeMissingValuesAndDuplicatesAreTheRequestsFault() {
        assertEquals(Problem.TYPE_BASE + "value-out-of-range", refused("INSERT INTO t (k, name, amount) VALUES (2, 'a', 1e12)").type());
        assertEquals(Problem.TYPE_BASE + "value-missing", refused("INSERT INTO t (k, name) VALUES (3, NULL)").type());
        refusedNothing("INSERT INTO t (k, name) VALUES (4, 'a')");
        Problem duplicate = refused("INSERT INTO t (k, name) VALUES (4, 'b')");
        assertEquals(409, duplicate.status());
    }

    @Test
    void aRefusalInsideABatchIsFoundToo() throws SQLException {
        try (Connection c = derby.getConnection(); var ps = c.prepareStatement("INSERT INTO t (k, name) VALUES (?, ?)")) {
            ps.setInt(1, 10);
            ps.setString(2, "ok");
            ps.addBatch();
            ps.setInt(1, 11);
            ps.setString(2, "x".repeat(21));
            ps.addBatch();
            BatchUpdateException e = org.junit.jupiter.api.Assertions.assertThrows(BatchUpdateException.class, ps::executeBatch);
            assertEquals(400, DataFaults.problem(new IllegalStateException(new DataAccessException("x", e))).orElseThrow().status());
        }
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsNotTheRequestsFault() {
        SQLException down = new SQLException("Database 'tongban' not found.", "XJ004");
        assertTrue(DataFaults.problem(new DataAccessException("read failed", down)).isEmpty());
        assertTrue(DataFaults.problem(new DataAccessException("deadlock", new SQLException("deadlock", "40001"))).isEmpty());
        assertTrue(DataFaults.problem(new IllegalStateException("no SQL here")).isEmpty());
    }

    private static void refusedNothing(String sql) {
        try (Connection c = derby.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
