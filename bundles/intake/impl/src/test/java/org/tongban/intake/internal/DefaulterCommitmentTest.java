package org.tongban.intake.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.catalog.CaseKind;
import org.tongban.catalog.ServiceItem;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.CaseView;
import org.tongban.intake.Defaulter;
import org.tongban.intake.IntakeCheck;
import org.tongban.intake.IntakeOutcome;
import org.tongban.intake.SubmittedMaterial;

/** 失信联合惩戒: a listed judgment defaulter's signed commitment (告知承诺) is not taken; the ordinary checklist applies. */
class DefaulterCommitmentTest {

    private static final ServiceItem FOOD = Items.food(CaseKind.PROMISED);   // M05 may be replaced by the commitment
    private static final String OTHER = "91370783MA3C000013";

    private static IntakeHarness listed(Map<String, Object> config) {
        IntakeHarness h = new IntakeHarness(config, FOOD);
        h.defaulters.put(new Defaulter(Callers.COMPANY, "寿光市某某食品有限公司", "(2025)鲁0783执1234号", LocalDate.of(2025, 3, 1), "court"),
                "supervisor", "supervisor");
        return h;
    }

    @Test
    void aListedApplicantsCommitmentIsRefusedTheAnswerSaysSoAndItIsAudited() {
        IntakeHarness h = listed(Map.of());
        CaseView v = h.intake.submit(Callers.clerk(), Cases.complete(FOOD, Callers.COMPANY, true, "M01", "M02", "M04"));
        assertEquals(CaseStatus.DEFICIENT, v.status(), "the proof the commitment would replace is missing");
        assertEquals(List.of("M05 材料M05"), v.missingMaterials());
        assertTrue(v.replacedByCommitment().isEmpty());
        assertTrue(v.commitmentRefusal().contains("失信被执行人") && v.commitmentRefusal().contains("告知承诺"), v.commitmentRefusal());
        assertTrue(v.creditFlag() != null, "and the case is flagged as before");
        assertTrue(h.actions().contains("case.commitment_refused"), h.actions().toString());
        CaseView supplemented = h.intake.supplement(Callers.clerk(), v.caseNumber(), List.of(new SubmittedMaterial("M05", null, "ecert:M05")));
        assertEquals(CaseStatus.ACCEPTED, supplemented.status(), "the case continues by the ordinary checklist");
    }

    @Test
    void aSupplementDoesNotBringTheCommitmentBack() {
        IntakeHarness h = listed(Map.of());
        CaseView v = h.intake.submit(Callers.clerk(), Cases.complete(FOOD, Callers.COMPANY, true, "M01", "M04"));
        CaseView still = h.intake.supplement(Callers.clerk(), v.caseNumber(), List.of(new SubmittedMaterial("M02", null, "ecert:M02")));
        assertEquals(CaseStatus.DEFICIENT, still.status());
        assertEquals(List.of("M05 材料M05"), still.missingMaterials());
    }

    @Test
    void preReviewTellsTheListedApplicantBeforehand() {
        IntakeCheck check = listed(Map.of()).intake.preReview(Cases.complete(FOOD, Callers.COMPANY, true, "M01", "M02", "M04"));
        assertEquals(IntakeOutcome.DEFICIENT, check.outcome());
        assertTrue(check.commitmentRefusal() != null);
    }

    @Test
    void anUnlistedApplicantAndAnExemptItemKeepTheCommitment() {
        IntakeHarness h = listed(Map.of());
        CaseView other = h.intake.submit(Callers.clerk(), Cases.complete(FOOD, OTHER, true, "M01", "M02", "M04"));
        assertEquals(CaseStatus.ACCEPTED, other.status());
        assertEquals(List.of("M05 材料M05"), other.replacedByCommitment());
        assertNull(other.commitmentRefusal());
        IntakeHarness exempt = listed(Map.of("defaulterCommitmentExempt", new String[] {FOOD.implementationCode()}));
        CaseView kept = exempt.intake.submit(Callers.clerk(), Cases.complete(FOOD, Callers.COMPANY, true, "M01", "M02", "M04"));
        assertEquals(CaseStatus.ACCEPTED, kept.status());
        assertTrue(!exempt.actions().contains("case.commitment_refused"));
    }
}
