package org.tongban.core.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tongban.core.audit.AuditVerification;
import org.tongban.core.internal.data.DerbyDatabase;

/** Checks made while six writers chain records are all intact, and every kind of tampering is still caught after. */
class AuditVerificationUnderLoadTest {

    private DataSource ds;

    @BeforeEach
    void database() {
        ds = DerbyDatabase.withCoreSchema();
    }

    @Test
    void twoHundredChecksWhileWritersChainAreAllIntact() throws InterruptedException {
        List<AuditVerification> checks = checksUnderLoad(200);
        assertNoFalseAlarm(checks);
        assertTrue(checks.get(checks.size() - 1).coveredUpTo() > checks.get(0).coveredUpTo(), "the chain grew meanwhile");
        AuditVerification quiet = AuditLoad.verify(ds);
        assertTrue(quiet.intact());
        assertEquals(0, quiet.notYetCovered(), "once writing stops every record is covered");
        assertEquals(quiet.coveredUpTo(), quiet.recordsChecked());
    }

    @ParameterizedTest
    @EnumSource(Tampering.class)
    void eachTamperingIsStillCaughtAfterChecksUnderLoad(Tampering tampering) throws InterruptedException {
        assertNoFalseAlarm(checksUnderLoad(20));
        long head = AuditLoad.verify(ds).coveredUpTo();
        long middle = head / 2;
        tampering.apply(ds, middle, head);
        AuditVerification v = AuditLoad.verify(ds);
        assertFalse(v.intact(), tampering.name());
        assertEquals(tampering.firstBroken(middle, head), v.firstBrokenSeq(), v.reason());
        assertTrue(v.reason().contains(tampering.says), v.reason());
    }

    private static void assertNoFalseAlarm(List<AuditVerification> checks) {
        List<AuditVerification> alarms = checks.stream().filter(v -> !v.intact()).toList();
        assertEquals(0, alarms.size(), () -> alarms.size() + " of " + checks.size() + " checks broken, first " + alarms.get(0));
    }

    /** {@code n} checks, each made while four writers seal records and two chain theirs at once. */
    private List<AuditVerification> checksUnderLoad(int n) throws InterruptedException {
        List<AuditVerification> checks = new ArrayList<>();
        try (AuditLoad.Writers writers = new AuditLoad.Writers(ds, 4, 2)) {
            writers.allow(20);
            while (AuditLoad.verify(ds).coveredUpTo() < 20) {
                Thread.onSpinWait();   // some chain to check first
            }
            for (int i = 0; i < n; i++) {
                writers.allow(6);   // chained while this check runs
                checks.add(AuditLoad.verify(ds));
            }
        }
        return checks;
    }

    /** What an intruder with write access to the tables might do, and where the check then points. */
    enum Tampering {
        CHANGED("content") {
            @Override
            void apply(DataSource ds, long middle, long head) {
                AuditLoad.sql(ds, "UPDATE core_audit SET detail = 'nothing happened' WHERE seq = " + middle);
            }
        },
        REMOVED("missing") {
            @Override
            void apply(DataSource ds, long middle, long head) {
                AuditLoad.sql(ds, "DELETE FROM core_audit WHERE seq = " + middle);
            }
        },
        INSERTED("link") {
            @Override
            void apply(DataSource ds, long middle, long head) {
                AuditLoad.sql(ds, "UPDATE core_audit SET seq = seq + 1000000 WHERE seq >= " + middle);
                AuditLoad.sql(ds, "UPDATE core_audit SET seq = seq - 999999 WHERE seq >= 1000000");
                AuditLoad.forge(ds, middle, AuditLoad.record(ds, middle - 1).hash());
            }

            @Override
            long firstBroken(long middle, long head) {
                return middle + 1;   // the forged record itself is well formed; the one after no longer links
            }
        },
        TAIL_REMOVED("chain ends") {
            @Override
            void apply(DataSource ds, long middle, long head) {
                AuditLoad.sql(ds, "DELETE FROM core_audit WHERE seq > " + middle);
            }

            @Override
            long firstBroken(long middle, long head) {
                return middle + 1;
            }
        },
        SLIPPED_PAST_HEAD("past the chain's head") {
            @Override
            void apply(DataSource ds, long middle, long head) {
                AuditLoad.forge(ds, head + 1, AuditLoad.record(ds, head).hash());
            }

            @Override
            long firstBroken(long middle, long head) {
                return head + 1;
            }
        };

        final String says;

        Tampering(String says) {
            this.says = says;
        }

        abstract void apply(DataSource ds, long middle, long head);

        long firstBroken(long middle, long head) {
            return middle;
        }
    }
}
