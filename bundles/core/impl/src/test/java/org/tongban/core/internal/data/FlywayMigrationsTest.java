package org.tongban.core.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.tongban.core.data.DataAccessException;

class FlywayMigrationsTest {

    @Test
    void migratesOnceThenIsUpToDate() throws Exception {
        DataSource ds = DerbyDatabase.empty();
        assertEquals(4, FlywayMigrations.migrate(ds, "core", getClass().getClassLoader()), "V1 to V4");
        assertEquals(0, FlywayMigrations.migrate(ds, "core", getClass().getClassLoader()));
        try (Connection c = ds.getConnection()) {
            for (String table : new String[] {"CORE_AUDIT", "CORE_AUDIT_HEAD", "CORE_OUTBOX", "CORE_ACCESS_LOG", "core_schema_history"}) {
                try (ResultSet rs = c.getMetaData().getTables(null, null, table, null)) {
                    assertTrue(rs.next(), table);
                }
            }
        }
    }

    @Test
    void aCapabilityWithoutScriptsMigratesNothing() {
        assertEquals(0, FlywayMigrations.migrate(DerbyDatabase.empty(), "nothing_here", getClass().getClassLoader()));
    }

    @Test
    void capabilityNamesAreChecked() {
        assertThrows(IllegalArgumentException.class,
                () -> FlywayMigrations.migrate(DerbyDatabase.empty(), "Core; DROP", getClass().getClassLoader()));
    }

    @Test
    void aRollbackLeavesNoTrace() throws Exception {
        DataSource ds = DerbyDatabase.withCoreSchema();
        assertThrows(IllegalStateException.class, () -> JdbcTransactions.inTransaction(ds, c -> {
            c.createStatement().executeUpdate("UPDATE core_audit_head SET last_seq = 99");
            throw new IllegalStateException("boom");
        }));
        assertEquals(0L, (long) JdbcTransactions.inTransaction(ds, c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT last_seq FROM core_audit_head")) {
                rs.next();
                return rs.getLong(1);
            }
        }));
        assertThrows(DataAccessException.class, () -> JdbcTransactions.inTransaction(ds, c -> c.createStatement().executeUpdate("nonsense")));
    }
}
