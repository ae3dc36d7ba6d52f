package org.tongban.intake.internal;

import org.tongban.core.json.JsonConfig;
import org.tongban.core.outbox.NewEvent;
import org.tongban.intake.CaseEvent;
import org.tongban.intake.CaseEventCodec;
import org.tongban.core.rest.FaultProblems;
import org.tongban.core.fault.Fault;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.catalog.CaseKind;
import org.tongban.catalog.ServiceItem;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.CaseView;
import org.tongban.intake.PostApprovalCheck;
import org.tongban.intake.PostCheckStatus;
import org.tongban.intake.ReviewDecision;

/** 告知承诺 → 事后核查: an approval on a commitment is checked afterwards; a failed check revokes it, and that travels up. */
class PostApprovalCheckTest {

    private static final ServiceItem FOOD = Items.food(CaseKind.PROMISED);   // M05 may be replaced by the commitment
    private final IntakeHarness h = new IntakeHarness(Map.of("postApprovalCheckDays", 10), FOOD);

    private CaseView approved(boolean commitment) {
        String number = h.intake.submit(Callers.clerk(), Cases.complete(FOOD, Callers.COMPANY, commitment, "M01", "M02", "M04",
                commitment ? "M01" : "M05")).caseNumber();
        h.intake.transition(Callers.clerk(), number, CaseStatus.RECEIVED, null);
        h.intake.transition(Callers.clerk(), number, CaseStatus.DISPATCHED, null);
        return h.intake.review(Callers.reviewer(Callers.FOOD_DEPT), number, Callers.FOOD_DEPT, ReviewDecision.APPROVE, "准予许可", null);
    }

    @Test
    void anApprovalOnACommitmentGetsACheckDueInWorkingDaysThatSupervisionSees() {
        CaseView v = approved(true);
        assertEquals(CaseStatus.DECIDED, v.status());
        assertEquals(PostCheckStatus.OPEN, v.postApprovalCheck().status());
        assertEquals(LocalDate.of(2026, 6, 15), v.postApprovalCheck().dueOn(), "10 working days after Mon 2026-06-01");
        assertEquals(List.of("case.decided", "case.post_check_scheduled"), h.actions().subList(h.actions().size() - 2, h.actions().size()));
        List<PostApprovalCheck> watched = h.intake.postApprovalChecks(Callers.supervisor("370783"), null, false, 10);
        assertEquals(List.of(v.caseNumber()), watched.stream().map(PostApprovalCheck::caseNumber).toList());
        assertTrue(h.intake.postApprovalChecks(Callers.supervisor("370783"), null, true, 10).isEmpty(), "not overdue yet");
        h.today = LocalDate.of(2026, 6, 16);
        assertEquals(1, h.intake.postApprovalChecks(Callers.supervisor("370783"), null, true, 10).size(), "overdue the day after");
        assertTrue(h.intake.postApprovalChecks(Callers.supervisor("370702"), null, false, 10).isEmpty(), "another county's supervisor");
        assertTrue(h.intake.postApprovalChecks(Callers.reviewer(Items.LAND), null, false, 10).isEmpty(), "another department");
        assertEquals(1, h.intake.postApprovalChecks(Callers.reviewer(Callers.FOOD_DEPT), PostCheckStatus.OPEN, false, 10).size());
    }

    @Test
    void aFailedCheckRevokesTheApprovalWithItsReasonAuditedAndSentUp() throws Exception {
        String number = approved(true).caseNumber();
        Fault noReason = assertThrows(Fault.class,
                () -> h.intake.recordPostCheck(Callers.reviewer(Callers.FOOD_DEPT), number, false, " "));
        assertEquals(400, FaultProblems.status(noReason));
        assertEquals(404, FaultProblems.status(assertThrows(Fault.class,
                () -> h.intake.recordPostCheck(Callers.reviewer(Items.LAND), number, false, "x"))),
                "only the lead department checks: another's reviewer does not even see the case");
        CaseView revoked = h.intake.recordPostCheck(Callers.reviewer(Callers.FOOD_DEPT), number, false, "承诺的健康证明不存在");
        assertEquals(CaseStatus.REVOKED, revoked.status());
        assertEquals(PostCheckStatus.FAILED, revoked.postApprovalCheck().status());
        assertEquals("承诺的健康证明不存在", revoked.postApprovalCheck().finding());
        assertEquals("case.revoked", h.audit.get(h.audit.size() - 1).action());
        assertTrue(h.audit.get(h.audit.size() - 1).detail().contains("承诺的健康证明不存在"));
        NewEvent last = h.events.get(h.events.size() - 1);
        CaseEvent event = CaseEventCodec.read(last.type(), JsonConfig.stored().writeValueAsString(last.payload())).orElseThrow();
        assertEquals("case.revoked", h.events.get(h.events.size() - 1).type());
        assertEquals(CaseStatus.REVOKED, event.facts().status());
        assertTrue(h.intake.publishedResults(null, 10).isEmpty(), "a revoked approval is no longer published");
        assertEquals(PostCheckStatus.FAILED, h.intake.postApprovalChecks(Callers.supervisor("370783"), null, false, 10).get(0).status());
        assertEquals(409, FaultProblems.status(assertThrows(Fault.class,
                () -> h.intake.recordPostCheck(Callers.reviewer(Callers.FOOD_DEPT), number, true, null))));
    }

    @Test
    void aPassedCheckKeepsTheApprovalAndAnApprovalOnProofsHasNone() {
        String number = approved(true).caseNumber();
        CaseView passed = h.intake.recordPostCheck(Callers.reviewer(Callers.FOOD_DEPT), number, true, null);
        assertEquals(CaseStatus.DECIDED, passed.status());
        assertEquals(PostCheckStatus.PASSED, passed.postApprovalCheck().status());
        assertEquals(1, h.intake.publishedResults(null, 10).size());
        CaseView proofs = approved(false);
        assertNull(proofs.postApprovalCheck());
        assertEquals(409, FaultProblems.status(assertThrows(Fault.class,
                () -> h.intake.recordPostCheck(Callers.reviewer(Callers.FOOD_DEPT), proofs.caseNumber(), true, null))));
    }
}
