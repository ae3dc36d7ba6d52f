package org.tongban.intake.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tongban.catalog.CaseKind;
import org.tongban.intake.ApplicantType;

class IntakeGateTest {

    @Test
    void anItemForEnterprisesRefusesAPersonWithTheReason() {
        var item = Items.food(CaseKind.PROMISED); // applicant kinds: ENTERPRISE
        assertTrue(IntakeGate.refusal(item, ApplicantType.ORGANISATION).isEmpty());
        String reason = IntakeGate.refusal(item, ApplicantType.PERSON).orElseThrow();
        assertTrue(reason.contains("食品经营许可") && reason.contains("ENTERPRISE") && reason.contains("natural person"), reason);
    }
}
