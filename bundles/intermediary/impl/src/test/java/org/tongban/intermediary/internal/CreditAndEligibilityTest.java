package org.tongban.intermediary.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.intermediary.Agency;
import org.tongban.intermediary.AgencyStatus;
import org.tongban.intermediary.Blacklisting;
import org.tongban.intermediary.CreditGrade;
import org.tongban.intermediary.Qualification;
import org.tongban.intermediary.ViolationSeverity;

class CreditAndEligibilityTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @Test
    void aNewAgencyStartsAtBAndEarnsItsGrade() {
        assertEquals(80, CreditRules.score(List.of(), 0, 0, List.of()));
        assertEquals(CreditGrade.B, CreditRules.grade(80, List.of()));
        assertEquals(100, CreditRules.score(List.of(5, 5), 2, 0, List.of()));
        assertEquals(CreditGrade.A, CreditRules.grade(100, List.of()));
        // mean 3/5 × 60 = 36, half on time × 40 = 20
        assertEquals(56, CreditRules.score(List.of(2, 4), 1, 1, List.of()));
        assertEquals(CreditGrade.E, CreditRules.grade(56, List.of()));
        assertEquals(100 - 5 - 15, CreditRules.score(List.of(5), 1, 0, List.of(ViolationSeverity.MINOR, ViolationSeverity.SERIOUS)));
    }

    @Test
    void aVetoFaultIsGradeEWhateverTheRecord() {
        List<ViolationSeverity> veto = List.of(ViolationSeverity.VETO);
        assertEquals(0, CreditRules.score(List.of(5, 5, 5), 3, 0, veto));
        assertEquals(CreditGrade.E, CreditRules.grade(100, veto));
        assertEquals(CreditGrade.C, CreditGrade.of(70, false));
        assertEquals(CreditGrade.D, CreditGrade.of(69, false));
        assertTrue(CreditGrade.B.meets(CreditGrade.C));
        assertTrue(!CreditGrade.D.meets(CreditGrade.C));
        assertTrue(!CreditGrade.E.meets(null), "an E agency is never selected");
    }

    private static Agency agency(AgencyStatus status, CreditGrade grade, LocalDate validUntil, Blacklisting b, String area) {
        return new Agency(1, "91350100M000100Y43", "恒泰测绘", "a", "13800138000", List.of(area), 10,
                List.of(new Qualification("ZJ-FXCL", "测绘资质乙级", "Z-1", validUntil)), status, null, 80, grade, b, Instant.EPOCH);
    }

    @Test
    void onlyAdmittedQualifiedAgenciesInGoodStandingServingTheAreaTakePart() {
        Agency good = agency(AgencyStatus.ADMITTED, CreditGrade.B, DAY, null, "370700");
        assertTrue(Eligibility.whyNot(good, "ZJ-FXCL", "370783", null, DAY).isEmpty(), "a city-wide agency serves its counties");
        assertTrue(Eligibility.whyNot(good, "ZJ-FXCL", "370783", null, DAY.plusDays(1)).orElseThrow().contains("expired on 2026-11-02"));
        assertTrue(Eligibility.whyNot(good, "ZJ-HP", "370783", null, DAY).orElseThrow().contains("no qualification for ZJ-HP"));
        assertTrue(Eligibility.whyNot(good, "ZJ-FXCL", "370783", CreditGrade.A, DAY).orElseThrow().contains("A or better"));
        assertTrue(Eligibility.whyNot(good, "ZJ-FXCL", "370881", null, DAY).orElseThrow().contains("does not serve 370881"));
        assertTrue(Eligibility.whyNot(agency(AgencyStatus.PENDING, CreditGrade.B, DAY, null, "370700"), "ZJ-FXCL", "370783", null, DAY)
                .orElseThrow().contains("not admitted"));
        Blacklisting b = new Blacklisting(1, 1, "串通投标", DAY.minusDays(10), DAY.plusDays(30), "supervisor", null, null);
        assertTrue(Eligibility.whyNot(agency(AgencyStatus.ADMITTED, CreditGrade.B, DAY, b, "370700"), "ZJ-FXCL", "370783", null, DAY)
                .orElseThrow().contains("blacklisted until"));
        Blacklisting lifted = new Blacklisting(1, 1, "串通投标", DAY.minusDays(10), DAY.plusDays(30), "supervisor", DAY, "supervisor");
        assertTrue(Eligibility.whyNot(agency(AgencyStatus.ADMITTED, CreditGrade.B, DAY, lifted, "370700"), "ZJ-FXCL", "370783", null, DAY)
                .isEmpty());
    }
}
