package org.tongban.core.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.audit.AuditRecord;
import org.tongban.core.audit.AuditVerification;
import org.tongban.core.internal.data.DerbyDatabase;
import org.tongban.core.internal.data.JdbcTransactions;

/** Verification against one point while records are chained, what only tampering looks like, and a crash's leftovers. */
class AuditVerificationTest {

    static final Instant AT = Instant.parse("2025-09-26T02:00:00Z");

    private DataSource ds;

    @BeforeEach
    void database() {
        ds = DerbyDatabase.withCoreSchema();
    }

    @Test
    void recordsChainedBetweenTheHeadAndTheRecordsAreNotYetCoveredRatherThanBroken() throws SQLException {
        AuditLoad.chainAtOnce(ds, "one");
        AuditVerification v;
        try (Connection c = ds.getConnection()) {
            v = AuditStore.verify(AuditLoad.chainingBeforeTheRecordsAreRead(ds, c));
        }
        assertEquals(new AuditVerification(true, 2, null, null, 2, 2), v, "checked up to the head it read, two left over");
        assertEquals(AuditVerification.intact(4), AuditLoad.verify(ds), "the next check covers them");
    }

    @Test
    void aRecordSlippedInPastTheHeadIsCaughtThoughWellHashed() {
        AuditLoad.chainAtOnce(ds, "one");
        AuditLoad.forge(ds, 3, AuditLoad.record(ds, 2).hash());
        AuditVerification v = AuditLoad.verify(ds);
        assertFalse(v.intact());
        assertEquals(3L, v.firstBrokenSeq());
        assertTrue(v.reason().contains("past the chain's head"), v.reason());
        assertEquals(2, v.recordsChecked());
        assertEquals(2, v.coveredUpTo());
        assertEquals(0, v.notYetCovered(), "not chained meanwhile: the head never moved over it");
    }

    @Test
    void aRecordInsertedBeforeTheLastIsCaughtAtTheHead() {
        AuditLoad.chainAtOnce(ds, "one");
        AuditLoad.sql(ds, "UPDATE core_audit SET seq = 3 WHERE seq = 2");
        AuditLoad.forge(ds, 2, AuditLoad.record(ds, 1).hash());
        AuditVerification v = AuditLoad.verify(ds);
        assertFalse(v.intact());
        assertEquals(2L, v.firstBrokenSeq());
        assertTrue(v.reason().contains("not the one the head records"), v.reason());
    }

    @Test
    void aHeadMovedBackBehindItsRecordsIsCaught() {
        AuditLoad.chainAtOnce(ds, "one");
        AuditLoad.chainAtOnce(ds, "two");
        AuditRecord second = AuditLoad.record(ds, 2);
        AuditLoad.sql(ds, "UPDATE core_audit_head SET last_seq = 2, last_hash = '" + second.hash() + "' WHERE id = 1");
        AuditVerification v = AuditLoad.verify(ds);
        assertFalse(v.intact(), "records 3 and 4 are not covered by any head: the head was set back");
        assertEquals(4L, v.firstBrokenSeq());
    }

    /**
     * What a kill -9 can leave: a chaining transaction is atomic (records, their removal from the pending table and the
     * head's move commit together), so recovery either keeps all of it or rolls it back; records whose change committed
     * may still wait in the pending table. Neither is a fault, and the sealer chains what waits when the node is back.
     */
    @Test
    void whatACrashLeavesVerifiesIntactBeforeAndAfterSealing() throws SQLException {
        AuditLoad.chainAtOnce(ds, "before");
        JdbcTransactions.inTransaction(ds, c -> AuditStore.appendAll(c, "node-1", AT,
                List.of(AuditLoad.entry("committed.1"), AuditLoad.entry("committed.2"))));
        try (Connection inFlight = ds.getConnection()) {
            inFlight.setAutoCommit(false);
            AuditStore.seal(inFlight, 100);
            AuditStore.chain(inFlight, "node-1", List.of(new AuditStore.Stamped(AT, AuditLoad.entry("lost"))));
            inFlight.rollback();   // what recovery does to the transaction the kill cut short
        }
        assertEquals(AuditVerification.intact(2), AuditLoad.verify(ds), "the head covers exactly what was chained");
        assertEquals(2L, (long) JdbcTransactions.inTransaction(ds, AuditStore::pendingCount));

        assertEquals(2, (int) JdbcTransactions.inTransaction(ds, c -> AuditStore.seal(c, 100)), "the sealer's first round");
        assertEquals(AuditVerification.intact(4), AuditLoad.verify(ds));
        assertEquals(List.of("committed.2", "committed.1"), JdbcTransactions.inTransaction(ds, c -> AuditStore.latest(c, 2))
                .stream().map(AuditRecord::action).toList());
    }
}
