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

import org.junit.jupiter.api.Test;
import org.tongban.intake.CaseOutcome;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.CaseView;
import org.tongban.intake.ReviewDecision;
import org.tongban.intake.StepStatus;

/** A joint review's veto is a decision not to grant (不予许可) with reasons and legal basis; a return is not. */
class RefusalDecisionTest {

    private final IntakeHarness h = new IntakeHarness(Items.joint("《企业投资项目核准和备案管理条例》"), Items.joint(null));

    private CaseView review(String number, String dept, ReviewDecision d, String opinion, String basis) {
        return h.intake.review(Callers.reviewer(dept), number, dept, d, opinion, basis);
    }

    @Test
    void aVetoDecidesTheJointCaseNotGrantedWithItsReasonsAndLegalBasis() throws Exception {
        String number = Cases.dispatched(h, Items.joint("《企业投资项目核准和备案管理条例》"));
        review(number, Callers.FOOD_DEPT, ReviewDecision.APPROVE, "同意", null);
        CaseView v = review(number, Items.LAND, ReviewDecision.REJECT, "占用永久基本农田", "《中华人民共和国土地管理法》第三十五条");
        assertEquals(CaseStatus.DECIDED, v.status());
        assertEquals(CaseOutcome.REJECTED, v.outcome());
        assertEquals("占用永久基本农田", v.refusalDecision().reasons());
        assertEquals("《中华人民共和国土地管理法》第三十五条", v.refusalDecision().legalBasis());
        assertEquals(Items.LAND, v.refusalDecision().departmentCode());
        assertEquals(IntakeHarness.TODAY, v.refusalDecision().decidedOn());
        assertTrue(v.reviewSteps().stream().anyMatch(s -> s.status() == StepStatus.CANCELLED), "the housing step is closed");
        assertTrue(h.audit.get(h.audit.size() - 1).detail().contains("vetoed by 寿光市自然资源和规划局"));
        NewEvent last = h.events.get(h.events.size() - 1);
        CaseEvent event = CaseEventCodec.read(last.type(), JsonConfig.stored().writeValueAsString(last.payload())).orElseThrow();
        assertEquals(CaseOutcome.REJECTED, event.facts().outcome(), "the decision travels up like any other");
    }

    @Test
    void aReturnIsADifferentActionThatSendsTheCaseBackToTheWindow() {
        String number = Cases.dispatched(h, Items.joint("《企业投资项目核准和备案管理条例》"));
        CaseView v = review(number, Items.HOUSING, ReviewDecision.RETURN, "请补充规划总平面图", null);
        assertEquals(CaseStatus.RECEIVED, v.status());
        assertNull(v.outcome());
        assertNull(v.refusalDecision());
    }

    @Test
    void withoutALegalBasisFromTheReviewerTheItemsOwnStandsAndWithNeitherItIsRefused() {
        String number = Cases.dispatched(h, Items.joint("《企业投资项目核准和备案管理条例》"));
        assertEquals("《企业投资项目核准和备案管理条例》",
                review(number, Items.LAND, ReviewDecision.REJECT, "不符合产业政策", " ").refusalDecision().legalBasis());
        String bare = Cases.dispatched(h, Items.joint(null));
        Fault e = assertThrows(Fault.class, () -> review(bare, Items.LAND, ReviewDecision.REJECT, "不符合", null));
        assertEquals(400, FaultProblems.status(e));
        assertEquals(CaseStatus.DISPATCHED, h.intake.find(Callers.clerk(), bare).orElseThrow().status(), "nothing was written");
    }
}
