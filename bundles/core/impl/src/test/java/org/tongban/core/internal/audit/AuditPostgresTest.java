package org.tongban.core.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.postgresql.ds.PGSimpleDataSource;
import org.tongban.core.audit.AuditVerification;
import org.tongban.core.internal.data.FlywayMigrations;

/** Verification against one point on PostgreSQL, whose reads never wait for writers: TONGBAN_TEST_POSTGRES_URL. */
@EnabledIfEnvironmentVariable(named = "TONGBAN_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.*")
class AuditPostgresTest {

    private final PGSimpleDataSource ds = new PGSimpleDataSource();
    private final String schema = "t_" + UUID.randomUUID().toString().replace("-", "");

    @BeforeEach
    void database() throws SQLException {
        ds.setUrl(System.getenv("TONGBAN_TEST_POSTGRES_URL"));
        ds.setUser(System.getenv("TONGBAN_TEST_POSTGRES_USER"));
        ds.setPassword(System.getenv("TONGBAN_TEST_POSTGRES_PASSWORD"));
        try (Connection c = ds.getConnection()) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        }
        ds.setCurrentSchema(schema);
        FlywayMigrations.migrate(ds, "core", getClass().getClassLoader());
    }

    @AfterEach
    void drop() throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    void recordsChainedDuringTheCheckAreNotYetCoveredAndOnesSlippedPastTheHeadAreCaught() throws Exception {
        AuditLoad.chainAtOnce(ds, "one");
        try (Connection c = ds.getConnection()) {
            assertEquals(new AuditVerification(true, 2, null, null, 2, 2),
                    AuditStore.verify(AuditLoad.chainingBeforeTheRecordsAreRead(ds, c)));
        }
        List<AuditVerification> checks = new ArrayList<>();
        try (AuditLoad.Writers writers = new AuditLoad.Writers(ds, 4, 2)) {
            for (int i = 0; i < 100; i++) {
                writers.allow(6);
                checks.add(AuditLoad.verify(ds));
            }
        }
        assertEquals(List.of(), checks.stream().filter(v -> !v.intact()).toList());
        long head = AuditLoad.verify(ds).coveredUpTo();
        AuditLoad.forge(ds, head + 1, AuditLoad.record(ds, head).hash());
        AuditVerification v = AuditLoad.verify(ds);
        assertFalse(v.intact());
        assertEquals(head + 1, v.firstBrokenSeq());
    }
}
