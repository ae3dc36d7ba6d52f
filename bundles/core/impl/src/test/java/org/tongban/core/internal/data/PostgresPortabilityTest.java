package org.tongban.core.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.postgresql.ds.PGSimpleDataSource;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.audit.AuditRecord;
import org.tongban.core.audit.AuditVerification;
import org.tongban.core.data.DataAccessException;
import org.tongban.core.internal.audit.AuditStore;
import org.tongban.core.internal.outbox.OutboxStore;
import org.tongban.core.outbox.NewEvent;
import org.tongban.core.outbox.OutboxEvent;

/**
 * Core's schema and SQL on PostgreSQL: what "a node moves to PostgreSQL by configuration" rests on. Runs when
 * TONGBAN_TEST_POSTGRES_URL (with _USER and _PASSWORD) names a database; .ci/run provides one.
 */
@EnabledIfEnvironmentVariable(named = "TONGBAN_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.*")
class PostgresPortabilityTest {

    private static PGSimpleDataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(System.getenv("TONGBAN_TEST_POSTGRES_URL"));
        ds.setUser(System.getenv("TONGBAN_TEST_POSTGRES_USER"));
        ds.setPassword(System.getenv("TONGBAN_TEST_POSTGRES_PASSWORD"));
        return ds;
    }

    @Test
    void migrationsAuditAndOutboxRunOnPostgres() throws Exception {
        PGSimpleDataSource ds = dataSource();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = ds.getConnection()) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        }
        ds.setCurrentSchema(schema);
        try {
            assertEquals(4, FlywayMigrations.migrate(ds, "core", getClass().getClassLoader()), "V1 to V4, the access log too");
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
            // A new case's events in one batch, its records chained at once, as a group commit writes them.
            List<OutboxEvent> batch = JdbcTransactions.inTransaction(ds, c -> OutboxStore.appendAll(c, "n", now, "case:2",
                    List.of(new NewEvent("case.submitted", 1, "{}"), new NewEvent("case.accepted", 1, "{}")), true));
            assertEquals(List.of(1L, 2L), batch.stream().map(OutboxEvent::subjectSeq).toList());
            assertEquals(List.of(3L, 4L), JdbcTransactions.inTransaction(ds, c -> AuditStore.chain(c, "n", List.of(
                    new AuditStore.Stamped(now, new AuditEntry("a", "clerk", "case.submitted", "case:2", "d")),
                    new AuditStore.Stamped(now, new AuditEntry("a", "clerk", "case.accepted", "case:2", "d"))))).stream()
                    .map(AuditRecord::seq).toList());
            assertEquals(AuditVerification.intact(4), JdbcTransactions.inTransaction(ds, AuditStore::verify));
        } finally {
            try (Connection c = ds.getConnection()) {
                c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /** PostgreSQL aborts a transaction on any error until it goes back to a savepoint: group commit relies on that. */
    @Test
    void aFailedUnitOfAGroupCommitLeavesTheOthersToCommitOnPostgres() throws Exception {
        PGSimpleDataSource ds = dataSource();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = ds.getConnection()) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        }
        ds.setCurrentSchema(schema);
        GroupCommitter group = new GroupCommitter(ds, 64, 2, "pg-group-commit");
        GroupEnd<AuditStore.Stamped> chain = new GroupEnd<>((c, items) -> AuditStore.chain(c, "n", items));
        try {
            FlywayMigrations.migrate(ds, "core", getClass().getClassLoader());
            Instant now = Instant.parse("2025-09-26T02:00:00Z");
            ExecutorService callers = Executors.newFixedThreadPool(8);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                boolean fails = i % 4 == 0;
                String subject = "case:" + i;
                results.add(callers.submit(() -> {
                    try {
                        group.run((UnitWork<Object>) (c, end) -> {
                            end.leave(chain, new AuditStore.Stamped(now,
                                    new AuditEntry("a", "clerk", "case.accepted", subject, "d")));
                            OutboxStore.appendAll(c, "n", now, subject, List.of(new NewEvent("case.submitted", 1, "{}"),
                                    new NewEvent("case.accepted", 1, "{}")), true);
                            if (fails) {
                                c.createStatement().execute("SELECT no_such_column FROM core_outbox");
                            }
                            return null;
                        });
                        return true;
                    } catch (DataAccessException expected) {
                        return false;
                    }
                }));
            }
            int committed = 0;
            for (Future<Boolean> f : results) {
                committed += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            callers.shutdown();
            assertEquals(30, committed);
            assertEquals(60L, (long) JdbcTransactions.inTransaction(ds, OutboxStore::pendingCount));
            assertEquals(0, (int) JdbcTransactions.inTransaction(ds, c -> AuditStore.seal(c, 100)), "chained by the groups");
            assertEquals(AuditVerification.intact(30), JdbcTransactions.inTransaction(ds, AuditStore::verify));
        } finally {
            group.close(10, TimeUnit.SECONDS);
            try (Connection c = ds.getConnection()) {
                c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
