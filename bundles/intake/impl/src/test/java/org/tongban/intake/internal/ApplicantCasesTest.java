package org.tongban.intake.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.catalog.CaseKind;
import org.tongban.catalog.ServiceItem;
import org.tongban.intake.CaseView;
import org.tongban.intake.Defaulter;

/** 网上办事: an applicant's account lists its own applications, without what the credit check found, and no one else's. */
class ApplicantCasesTest {

    private static final ServiceItem FOOD = Items.food(CaseKind.PROMISED);
    private static final String OTHER = "91370783MA3C000013";

    @Test
    void theApplicantListsOnlyTheirOwnCasesAndNeverTheCreditFlag() {
        IntakeHarness h = new IntakeHarness(FOOD);
        h.defaulters.put(new Defaulter(Callers.COMPANY, "寿光市某某食品有限公司", "(2025)鲁0783执1234号", LocalDate.of(2025, 3, 1), "court"),
                "supervisor", "supervisor");
        String own = h.intake.submit(Callers.clerk(), Cases.complete(FOOD, Callers.COMPANY, false, "M01")).caseNumber();
        h.intake.submit(Callers.clerk(), Cases.complete(FOOD, OTHER, false, "M01"));

        List<CaseView> mine = h.intake.list(Callers.applicant(Callers.COMPANY), null, 10);
        assertEquals(List.of(own), mine.stream().map(CaseView::caseNumber).toList());
        assertNull(mine.get(0).creditFlag(), "the credit check is for reviewers");
        assertNotNull(mine.get(0).queryCode(), "the receipt's query code, with which the applicant finds the invitation to evaluate");
        assertNotNull(h.intake.list(Callers.clerk(), null, 10).stream().filter(v -> v.caseNumber().equals(own)).findFirst()
                .orElseThrow().creditFlag(), "staff still see the flag");
        assertTrue(h.intake.list(Callers.applicant("11010519491231002X"), null, 10).isEmpty(), "another identity");
        assertTrue(h.intake.list(Callers.applicant(null), null, 10).isEmpty(), "an applicant bound to no identity");
    }
}
