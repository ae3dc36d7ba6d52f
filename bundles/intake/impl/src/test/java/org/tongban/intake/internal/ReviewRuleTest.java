package org.tongban.intake.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.tongban.intake.StepStatus.APPROVED;
import static org.tongban.intake.StepStatus.CANCELLED;
import static org.tongban.intake.StepStatus.PENDING;
import static org.tongban.intake.StepStatus.REJECTED;
import static org.tongban.intake.StepStatus.RETURNED;
import static org.tongban.intake.internal.ReviewRule.Verdict;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewRuleTest {

    @Test
    void oneDepartmentDecidesAlone() {
        assertEquals(Verdict.PENDING, ReviewRule.evaluate(List.of(PENDING), 1));
        assertEquals(Verdict.APPROVED, ReviewRule.evaluate(List.of(APPROVED), 1));
        assertEquals(Verdict.REJECTED, ReviewRule.evaluate(List.of(REJECTED), 1), "a single department may reject (不予许可)");
        assertEquals(Verdict.RETURNED, ReviewRule.evaluate(List.of(RETURNED), 1));
    }

    @Test
    void aJointReviewNeedingAllWaitsForEveryDepartment() {
        assertEquals(Verdict.PENDING, ReviewRule.evaluate(List.of(APPROVED, PENDING, APPROVED), 3));
        assertEquals(Verdict.APPROVED, ReviewRule.evaluate(List.of(APPROVED, APPROVED, APPROVED), 3));
    }

    @Test
    void aVetoRejectsAJointReviewAndAReturnSendsItBackToTheWindow() {
        assertEquals(Verdict.REJECTED, ReviewRule.evaluate(List.of(APPROVED, REJECTED, PENDING), 3), "a rejection is a veto: 不予许可");
        assertEquals(Verdict.RETURNED, ReviewRule.evaluate(List.of(PENDING, PENDING, RETURNED), 3));
        assertEquals(Verdict.REJECTED, ReviewRule.evaluate(List.of(APPROVED, APPROVED, REJECTED), 2),
                "a veto counts even when M approvals could still be reached");
    }

    @Test
    void mOfNCompletesOnceMApprove() {
        assertEquals(Verdict.PENDING, ReviewRule.evaluate(List.of(APPROVED, PENDING, PENDING, PENDING), 3));
        assertEquals(Verdict.APPROVED, ReviewRule.evaluate(List.of(APPROVED, PENDING, APPROVED, APPROVED), 3),
                "the fourth department need not answer");
        assertEquals(Verdict.RETURNED, ReviewRule.evaluate(List.of(APPROVED, CANCELLED, CANCELLED, PENDING), 3),
                "three approvals can no longer be reached");
    }

    @Test
    void aRoundHasSteps() {
        assertThrows(IllegalArgumentException.class, () -> ReviewRule.evaluate(List.of(), 1));
    }
}
