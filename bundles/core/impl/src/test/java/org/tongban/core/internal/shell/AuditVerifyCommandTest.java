package org.tongban.core.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tongban.core.audit.AuditVerification;

/** The shell says what the REST answer says: coverage, records left for the next check, the broken record. */
class AuditVerifyCommandTest {

    @Test
    void anIntactTrailNamesItsPoint() {
        assertEquals("Audit trail intact: 1389 record(s) verified, up to record 1389.",
                AuditVerifyCommand.describe(AuditVerification.intact(1389)));
    }

    @Test
    void recordsChainedMeanwhileAreNotYetCoveredNotBroken() {
        assertEquals("Audit trail intact: 1389 record(s) verified, up to record 1389. 8 record(s) chained during the check"
                        + " are not covered yet; run it again to include them.",
                AuditVerifyCommand.describe(AuditVerification.intact(1389).covering(1389, 8)));
    }

    @Test
    void aBrokenTrailNamesTheRecord() {
        assertEquals("Audit trail BROKEN at record 2: content does not match its hash (1 record(s) before it verified;"
                        + " head at record 3).",
                AuditVerifyCommand.describe(AuditVerification.broken(1, 2, "content does not match its hash").covering(3, 0)));
    }
}
