package org.tongban.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** The shared fixture behaves as core's transactions do: work commits whole or not at all. */
class LocalTransactionsTest {

    private final LocalTransactions tx = new LocalTransactions(MemoryDatabase.migrated());

    private int rows() {
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM t"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void workThatFailsLeavesNothingAndWorkThatEndsCommits() {
        tx.inTransaction(c -> c.createStatement().execute("CREATE TABLE t (id INT PRIMARY KEY)"));
        assertThrows(IllegalStateException.class, () -> tx.inTransaction(c -> {
            c.createStatement().execute("INSERT INTO t VALUES (1)");
            throw new IllegalStateException("the second half failed");
        }));
        assertEquals(0, rows(), "the failed work's insert was rolled back");
        tx.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO t VALUES (2)"));
        assertEquals(1, rows());
    }

    @Test
    void eachDatabaseIsNewAndEmpty() {
        tx.inTransaction(c -> c.createStatement().execute("CREATE TABLE t (id INT PRIMARY KEY)"));
        LocalTransactions other = new LocalTransactions(MemoryDatabase.migrated());
        assertEquals(0, (int) other.read(c -> {
            try (ResultSet rs = c.getMetaData().getTables(null, null, "T", null)) {
                return rs.next() ? 1 : 0;
            }
        }));
    }
}
