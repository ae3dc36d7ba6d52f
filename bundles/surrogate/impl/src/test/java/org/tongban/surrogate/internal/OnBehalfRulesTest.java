package org.tongban.surrogate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.intake.Applicant;
import org.tongban.intake.ApplicantType;
import org.tongban.surrogate.Authorisation;
import org.tongban.surrogate.FreeServiceKind;
import org.tongban.surrogate.HandOver;
import org.tongban.surrogate.HandOverStep;
import org.tongban.surrogate.OnBehalfRequest;
import org.tongban.surrogate.OnBehalfStatus;

class OnBehalfRulesTest {

    private static final Applicant APPLICANT = new Applicant(ApplicantType.PERSON, "李四", "11010519491231002X", "13800138000");
    private static final Authorisation SIGNED = new Authorisation("李四", LocalDate.of(2026, 11, 2), "代为申请户口迁移并领取结果",
            "scan-authorisation.pdf");

    @Test
    void noCaseWithoutTheApplicantsSignedAuthorisation() {
        assertEquals(List.of(), OnBehalfRules.problems(new OnBehalfRequest("I1", APPLICANT, null, null, null, SIGNED, false, null)));
        List<String> p = OnBehalfRules.problems(new OnBehalfRequest("I1", APPLICANT, null, null, null,
                new Authorisation("李四", LocalDate.of(2026, 11, 2), "代办", null), true, " "));
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).contains("scan of the signed paper"));
        assertTrue(p.get(1).contains("green channel"));
    }

    private static HandOver h(HandOverStep step) {
        return new HandOver(step, "papers", "a", "b", "agent", Instant.EPOCH, null);
    }

    @Test
    void papersAndResultsChangeHandsInOrder() {
        assertTrue(OnBehalfRules.whyNot(HandOverStep.MATERIALS_FROM_APPLICANT, OnBehalfStatus.OPEN, List.of(), null).isEmpty());
        assertTrue(OnBehalfRules.whyNot(HandOverStep.MATERIALS_TO_CENTRE, OnBehalfStatus.OPEN, List.of(), null).orElseThrow()
                .contains("submit the case first"));
        assertTrue(OnBehalfRules.whyNot(HandOverStep.MATERIALS_TO_CENTRE, OnBehalfStatus.SUBMITTED, List.of(), null).isEmpty());
        assertTrue(OnBehalfRules.whyNot(HandOverStep.RESULT_FROM_CENTRE, OnBehalfStatus.ACCEPTED, List.of(), null).orElseThrow()
                .contains("no result yet"));
        assertTrue(OnBehalfRules.whyNot(HandOverStep.RESULT_FROM_CENTRE, OnBehalfStatus.DECIDED, List.of(), null).isEmpty());
        assertTrue(OnBehalfRules.whyNot(HandOverStep.RESULT_TO_APPLICANT, OnBehalfStatus.DECIDED, List.of(), "r").orElseThrow()
                .contains("not come from the centre"));
        List<HandOver> came = List.of(h(HandOverStep.RESULT_FROM_CENTRE));
        assertTrue(OnBehalfRules.whyNot(HandOverStep.RESULT_TO_APPLICANT, OnBehalfStatus.DECIDED, came, " ").orElseThrow()
                .contains("signed receipt"));
        assertTrue(OnBehalfRules.whyNot(HandOverStep.RESULT_TO_APPLICANT, OnBehalfStatus.DECIDED, came, "receipt.pdf").isEmpty());
        assertTrue(OnBehalfRules.whyNot(HandOverStep.MATERIALS_FROM_APPLICANT, OnBehalfStatus.CLOSED, came, null).isPresent());
    }

    @Test
    void newsFromTheDecidingNodeMovesTheCase() {
        assertEquals(OnBehalfStatus.DEFICIENT, OnBehalfRules.after(OnBehalfStatus.SUBMITTED, "case.deficient"));
        assertEquals(OnBehalfStatus.ACCEPTED, OnBehalfRules.after(OnBehalfStatus.DEFICIENT, "case.accepted"));
        assertEquals(OnBehalfStatus.ACCEPTED, OnBehalfRules.after(OnBehalfStatus.ACCEPTED, "case.dispatched"), "steps are news only");
        assertEquals(OnBehalfStatus.DECIDED, OnBehalfRules.after(OnBehalfStatus.ACCEPTED, "case.decided"));
        assertEquals(OnBehalfStatus.REFUSED, OnBehalfRules.after(OnBehalfStatus.SUBMITTED, "surrogate.refused"));
        assertEquals(OnBehalfStatus.CLOSED, OnBehalfRules.after(OnBehalfStatus.CLOSED, "case.decided"), "late news leaves a closed case closed");
        assertEquals(OnBehalfStatus.DECIDED, OnBehalfRules.after(OnBehalfStatus.DECIDED, "case.accepted"),
                "news applied again (a replay) or out of order never moves a case back");
    }

    @Test
    void theCentreRecordsItsTwoEndsOnceEachAndGivesOnlyAResult() {
        assertTrue(OnBehalfRules.whyNotAtCentre(HandOverStep.MATERIALS_TO_CENTRE, "PENDING", null, List.of()).isEmpty(),
                "papers may arrive before intake has taken the application in");
        assertTrue(OnBehalfRules.whyNotAtCentre(HandOverStep.MATERIALS_TO_CENTRE, "DONE", "ACCEPTED",
                List.of(h(HandOverStep.MATERIALS_TO_CENTRE))).orElseThrow().contains("recorded at the centre already"));
        assertTrue(OnBehalfRules.whyNotAtCentre(HandOverStep.RESULT_FROM_CENTRE, "DONE", "UNDER_REVIEW", List.of()).orElseThrow()
                .contains("no result to give yet: the case is UNDER_REVIEW"));
        assertTrue(OnBehalfRules.whyNotAtCentre(HandOverStep.RESULT_FROM_CENTRE, "PENDING", null, List.of()).orElseThrow()
                .contains("not taken in yet"));
        for (String decided : List.of("DECIDED", "DELIVERED", "REFUSED")) {
            assertTrue(OnBehalfRules.whyNotAtCentre(HandOverStep.RESULT_FROM_CENTRE, "DONE", decided, List.of()).isEmpty(), decided);
        }
        assertTrue(OnBehalfRules.whyNotAtCentre(HandOverStep.RESULT_FROM_CENTRE, "REFUSED", null, List.of()).isEmpty(),
                "an application refused outright: its papers go back");
        assertTrue(OnBehalfRules.whyNotAtCentre(HandOverStep.RESULT_TO_APPLICANT, "DONE", "DELIVERED", List.of()).orElseThrow()
                .contains("happens at the point"));
        assertTrue(OnBehalfRules.whyNotAtCentre(HandOverStep.MATERIALS_FROM_APPLICANT, "DONE", "ACCEPTED", List.of()).isPresent());
    }

    @Test
    void aFreeServiceCountsSomethingAndAMailingSaysHowItWent() {
        assertEquals(List.of(), OnBehalfRules.freeServiceProblems(FreeServiceKind.COPY, 12, null));
        assertEquals(List.of(), OnBehalfRules.freeServiceProblems(FreeServiceKind.MAILING, 1, "EMS 1234567890123"));
        List<String> p = OnBehalfRules.freeServiceProblems(FreeServiceKind.MAILING, 0, " ");
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).contains("quantity") && p.get(1).contains("carrier and tracking number"), p.toString());
        assertEquals(2, OnBehalfRules.freeServiceProblems(null, 10_001, null).size());
        assertEquals(1, OnBehalfRules.freeServiceProblems(FreeServiceKind.COPY, 3, "x".repeat(501)).size());
    }

    @Test
    void aPointBehindItsCaseIsCaughtUpOnlyForward() {
        assertEquals("ACCEPTED", OnBehalfRules.pointStatus("UNDER_REVIEW"));
        assertEquals("DECIDED", OnBehalfRules.pointStatus("DELIVERED"));
        assertEquals(null, OnBehalfRules.pointStatus(null));
        assertTrue(OnBehalfRules.behind(null, "ACCEPTED"), "never told");
        assertTrue(OnBehalfRules.behind("DEFICIENT", "ACCEPTED"));
        assertTrue(OnBehalfRules.behind("ACCEPTED", "DECIDED"));
        assertTrue(!OnBehalfRules.behind("ACCEPTED", OnBehalfRules.pointStatus("DISPATCHED")), "steps within acceptance are not news");
        assertTrue(!OnBehalfRules.behind("DECIDED", "ACCEPTED"), "never backwards");
        assertTrue(!OnBehalfRules.behind(null, null));
    }
}
