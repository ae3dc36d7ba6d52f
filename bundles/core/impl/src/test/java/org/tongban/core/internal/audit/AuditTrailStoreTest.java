package org.tongban.core.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.audit.AuditRecord;
import org.tongban.core.audit.AuditVerification;
import org.tongban.core.internal.data.DerbyDatabase;
import org.tongban.core.internal.data.JdbcTransactions;

/** The audit trail on a real Derby database: chaining, tamper detection, concurrent appends. */
class AuditTrailStoreTest {

    private DataSource ds;

    @BeforeEach
    void database() {
        ds = DerbyDatabase.withCoreSchema();
    }

    /** Appends, seals (as the component's sealer does right after the commit) and returns the chained record. */
    private AuditRecord append(String action, String subject) {
        AuditRecord written = JdbcTransactions.inTransaction(ds, c -> AuditStore.append(c, "node-1",
                Instant.parse("2025-09-26T02:00:00.123456Z"), new AuditEntry("clerk1", "clerk", action, subject, "detail of " + action)));
        assertEquals(0, written.seq(), "not chained before it commits");
        // One sealer at a time, as AuditTrailComponent.seal() is synchronized: appends run concurrently, sealing does not.
        synchronized (this) {
            JdbcTransactions.inTransaction(ds, c -> AuditStore.seal(c, 100));
        }
        return JdbcTransactions.inTransaction(ds, c -> AuditStore.bySubject(c, subject)).stream()
                .filter(r -> r.action().equals(action)).reduce((a, b) -> b).orElseThrow();
    }

    private AuditVerification verify() {
        return JdbcTransactions.inTransaction(ds, AuditStore::verify);
    }

    private void sql(String statement) {
        JdbcTransactions.inTransaction(ds, (Connection c) -> c.createStatement().executeUpdate(statement));
    }

    @Test
    void recordsChainFromGenesis() {
        AuditRecord a = append("case.accepted", "case:1");
        AuditRecord b = append("case.dispatched", "case:1");
        AuditRecord c = append("case.accepted", "case:2");
        assertEquals(List.of(1L, 2L, 3L), List.of(a.seq(), b.seq(), c.seq()));
        assertEquals(AuditChain.GENESIS, a.previousHash());
        assertEquals(a.hash(), b.previousHash());
        assertEquals(b.hash(), c.previousHash());
        assertEquals(Instant.parse("2025-09-26T02:00:00.123Z"), a.at(), "stored to the millisecond");
        assertEquals(AuditVerification.intact(3), verify());
        List<AuditRecord> case1 = JdbcTransactions.inTransaction(ds, conn -> AuditStore.bySubject(conn, "case:1"));
        assertEquals(List.of(a, b), case1);
        assertEquals(3L, JdbcTransactions.inTransaction(ds, conn -> AuditStore.latest(conn, 1)).get(0).seq());
    }

    @Test
    void aBatchIsChainedInTheOrderGiven() {
        append("case.submitted", "case:0");
        List<AuditEntry> batch = List.of(new AuditEntry("clerk1", "clerk", "case.submitted", "case:1", "one"),
                new AuditEntry("clerk1", "clerk", "case.accepted", "case:1", "x".repeat(5000)));
        List<AuditRecord> written = JdbcTransactions.inTransaction(ds, c -> AuditStore.appendAll(c, "node-1", Instant.EPOCH, batch));
        assertEquals(4000, written.get(1).detail().length(), "a long detail is cut as a single record's is");
        JdbcTransactions.inTransaction(ds, c -> AuditStore.seal(c, 100));
        List<AuditRecord> chained = JdbcTransactions.inTransaction(ds, c -> AuditStore.bySubject(c, "case:1"));
        assertEquals(List.of("case.submitted", "case.accepted"), chained.stream().map(AuditRecord::action).toList());
        assertEquals(List.of(2L, 3L), chained.stream().map(AuditRecord::seq).toList());
        assertEquals(AuditVerification.intact(3), verify());
    }

    @Test
    void recordsChainedAtOnceAndSealedOnesFormOneChain() {
        JdbcTransactions.inTransaction(ds, c -> AuditStore.append(c, "node-1", Instant.EPOCH,
                new AuditEntry("ops", "supervisor", "pending.first", "s", "")));
        List<AuditRecord> direct = JdbcTransactions.inTransaction(ds, c -> AuditStore.chain(c, "node-1", List.of(
                new AuditStore.Stamped(Instant.EPOCH, new AuditEntry("clerk1", "clerk", "case.submitted", "case:1", "")),
                new AuditStore.Stamped(Instant.EPOCH, new AuditEntry("clerk1", "clerk", "case.accepted", "case:1", "")))));
        assertEquals(List.of(1L, 2L), direct.stream().map(AuditRecord::seq).toList(), "numbered and hashed at once");
        assertEquals(AuditChain.GENESIS, direct.get(0).previousHash());
        assertEquals(direct.get(0).hash(), direct.get(1).previousHash());
        assertEquals(1, (int) JdbcTransactions.inTransaction(ds, c -> AuditStore.seal(c, 100)));
        List<AuditRecord> all = JdbcTransactions.inTransaction(ds, c -> AuditStore.latest(c, 10));
        assertEquals(List.of("pending.first", "case.accepted", "case.submitted"), all.stream().map(AuditRecord::action).toList(),
                "the pending record follows the ones chained before it was sealed");
        assertEquals(direct, JdbcTransactions.inTransaction(ds, c -> AuditStore.bySubject(c, "case:1")), "stored as returned");
        assertEquals(AuditVerification.intact(3), verify());
    }

    @Test
    void aChainedBatchRollsBackWithItsTransactionAndTheHead() {
        assertThrows(IllegalStateException.class, () -> JdbcTransactions.inTransaction(ds, c -> {
            AuditStore.chain(c, "node-1", List.of(new AuditStore.Stamped(Instant.EPOCH,
                    new AuditEntry("clerk1", "clerk", "lost", "case:9", ""))));
            throw new IllegalStateException("the change failed");
        }));
        AuditRecord kept = append("kept", "case:9");
        assertEquals(1, kept.seq());
        assertEquals(AuditVerification.intact(1), verify());
    }

    @Test
    void anEditedRecordIsNamed() {
        appendThree();
        sql("UPDATE core_audit SET detail = 'nothing happened' WHERE seq = 2");
        AuditVerification v = verify();
        assertFalse(v.intact());
        assertEquals(2L, v.firstBrokenSeq());
        assertTrue(v.reason().contains("content"), v.reason());
        assertEquals(1, v.recordsChecked());
    }

    @Test
    void aRecordRehashedToHideAnEditIsStillCaught() {
        appendThree();
        sql("UPDATE core_audit SET actor = 'someone else', hash = '" + "a".repeat(64) + "' WHERE seq = 2");
        sql("UPDATE core_audit SET prev_hash = '" + "a".repeat(64) + "' WHERE seq = 3");
        AuditVerification v = verify();
        assertFalse(v.intact());
        assertEquals(2L, v.firstBrokenSeq());
    }

    @Test
    void aDeletedMiddleRecordIsNamed() {
        appendThree();
        sql("DELETE FROM core_audit WHERE seq = 2");
        AuditVerification v = verify();
        assertEquals(2L, v.firstBrokenSeq());
        assertTrue(v.reason().contains("missing"), v.reason());
    }

    @Test
    void aDeletedLastRecordIsCaughtByTheHead() {
        appendThree();
        sql("DELETE FROM core_audit WHERE seq = 3");
        AuditVerification v = verify();
        assertFalse(v.intact());
        assertEquals(3L, v.firstBrokenSeq());
    }

    @Test
    void concurrentAppendsStayOneChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    append("a" + i, "case:" + thread);
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertEquals(AuditVerification.intact(100), verify());
    }

    @Test
    void aRolledBackRecordIsNeverChainedAndPendingOnesWaitForTheSealer() {
        assertThrows(IllegalStateException.class, () -> JdbcTransactions.inTransaction(ds, c -> {
            AuditStore.append(c, "node-1", Instant.EPOCH, new AuditEntry("clerk1", "clerk", "lost", "case:9", "x"));
            throw new IllegalStateException("the change failed");
        }));
        JdbcTransactions.inTransaction(ds, c -> AuditStore.append(c, "node-1", Instant.EPOCH,
                new AuditEntry("clerk1", "clerk", "kept", "case:9", "x")));
        assertEquals(1L, (long) JdbcTransactions.inTransaction(ds, AuditStore::pendingCount));
        assertEquals(1, (int) JdbcTransactions.inTransaction(ds, c -> AuditStore.seal(c, 100)));
        assertEquals(0, (int) JdbcTransactions.inTransaction(ds, c -> AuditStore.seal(c, 100)), "sealing twice chains nothing twice");
        assertEquals(List.of("kept"), JdbcTransactions.inTransaction(ds, c -> AuditStore.bySubject(c, "case:9")).stream()
                .map(AuditRecord::action).toList());
        assertEquals(AuditVerification.intact(1), verify());
    }

    @Test
    void hashCoversEveryFieldWithoutAmbiguity() {
        String base = AuditChain.hash(1, 2, "n", "a", "r", "x", "s", "d", AuditChain.GENESIS);
        assertEquals(base, AuditChain.hash(1, 2, "n", "a", "r", "x", "s", "d", AuditChain.GENESIS));
        assertNotEquals(base, AuditChain.hash(2, 2, "n", "a", "r", "x", "s", "d", AuditChain.GENESIS));
        assertNotEquals(base, AuditChain.hash(1, 3, "n", "a", "r", "x", "s", "d", AuditChain.GENESIS));
        assertNotEquals(base, AuditChain.hash(1, 2, "n", "a", "r", "x", "s", "e", AuditChain.GENESIS));
        assertNotEquals(AuditChain.hash(1, 2, "n", "ab", "c", "x", "s", "d", AuditChain.GENESIS),
                AuditChain.hash(1, 2, "n", "a", "bc", "x", "s", "d", AuditChain.GENESIS));
    }

    private void appendThree() {
        append("one", "s");
        append("two", "s");
        append("three", "s");
        assertTrue(verify().intact());
    }
}
