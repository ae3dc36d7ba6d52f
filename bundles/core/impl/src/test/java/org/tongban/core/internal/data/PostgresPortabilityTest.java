package org.tongban.core.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.postgresql.ds.PGSimpleDataSource;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.internal.audit.AuditStore;
import org.tongban.core.internal.outbox.OutboxStore;
import org.tongban.core.outbox.OutboxEvent;

/**
 * Core's schema and SQL on PostgreSQL: what "a node moves to PostgreSQL by configuration" rests on. Runs when
 * TONGBAN_TEST_POSTGRES_URL (with _USER and _PASSWORD) names a database; .ci/run provides one.
 */
@EnabledIfEnvironmentVariable(named = "TONGBAN_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.*")
class PostgresPortabilityTest {

    @Test
    void migrationsAuditAndOutboxRunOnPostgres() throws Exception {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(System.getenv("TONGBAN_TEST_POSTGRES_URL"));
        ds.setUser(System.getenv("TONGBAN_TEST_POSTGRES_USER"));
        ds.setPassword(System.getenv("TONGBAN_TEST_POSTGRES_PASSWORD"));
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = ds.getConnection()) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        }
        ds.setCurrentSchema(schema);
        try {
            assertEquals(3, FlywayMigrations.migrate(ds, "core", getClass().getClassLoader()));
            Instant now = Instant.parse("2025-09-26T02:00:00Z");
            JdbcTransactions.inTransaction(ds, c -> {
                AuditStore.append(c, "n", now, new AuditEntry("a", "clerk", "case.accepted", "case:1", "d"));
                AuditStore.append(c, "n", now, new AuditEntry("a", "clerk", "case.dispatched", "case:1", "d"));
                OutboxStore.append(c, "n", now, "case:1", "case.accepted", 1, "{}");
                return OutboxStore.append(c, "n", now, "case:1", "case.dispatched", 1, "{}");
            });
            assertEquals(2, (int) JdbcTransactions.inTransaction(ds, c -> AuditStore.seal(c, 100)));
            assertTrue(JdbcTransactions.inTransaction(ds, AuditStore::verify).intact());
            assertEquals(2, JdbcTransactions.inTransaction(ds, c -> OutboxStore.pending(c, 10)).get(1).subjectSeq());
            String first = JdbcTransactions.inTransaction(ds, c -> OutboxStore.pending(c, 1)).get(0).id();
            assertEquals(1, (int) JdbcTransactions.inTransaction(ds, c -> OutboxStore.markDelivered(c, List.of(first), now)));
            assertEquals(List.of(2L), JdbcTransactions.inTransaction(ds, c -> OutboxStore.pending(c, 10)).stream()
                    .map(OutboxEvent::subjectSeq).toList());
            assertEquals(1L, (long) JdbcTransactions.inTransaction(ds, OutboxStore::pendingCount));
            assertEquals(1, JdbcTransactions.inTransaction(ds, c -> AuditStore.latest(c, 1)).size());
        } finally {
            try (Connection c = ds.getConnection()) {
                c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
