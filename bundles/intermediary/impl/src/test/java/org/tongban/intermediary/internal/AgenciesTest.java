package org.tongban.intermediary.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongban.intermediary.internal.MarketFixture.AREA;
import static org.tongban.intermediary.internal.MarketFixture.OWNER;
import static org.tongban.intermediary.internal.MarketFixture.SERVICE;
import static org.tongban.intermediary.internal.MarketFixture.SUPERVISOR;
import static org.tongban.intermediary.internal.MarketFixture.staff;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.tongban.core.fault.Fault;
import org.tongban.core.rest.FaultProblems;
import org.tongban.intermediary.Agency;
import org.tongban.intermediary.AgencyApplication;
import org.tongban.intermediary.AgencyStatus;
import org.tongban.intermediary.CreditGrade;
import org.tongban.intermediary.Qualification;
import org.tongban.intermediary.ViolationSeverity;

/** An agency from its registration through its review to its conduct: violations, credit and blacklistings. */
class AgenciesTest {

    private static final String CODE = "91370783MA3C0A1B11";
    private final MarketFixture f = new MarketFixture();
    private Agencies agencies;

    @BeforeEach
    void start() {
        f.start();
        agencies = new Agencies(f.context());
    }

    private static AgencyApplication application(String service) {
        return new AgencyApplication(CODE, "测绘公司", "13905361234", List.of(AREA), 8,
                List.of(new Qualification(service, "乙级测绘资质", "乙测资字1", LocalDate.of(2030, 12, 31))));
    }

    private static int status(Executable call) {
        return FaultProblems.status(assertThrows(Fault.class, call));
    }

    @Test
    void anAgencyRegistersOnceForServicesOfTheCatalogueAndIsReviewedOnce() {
        assertEquals(400, status(() -> agencies.registerAgency(staff(1), application("ZJ-NONE"))), "no such service");
        assertEquals(403, status(() -> agencies.registerAgency(OWNER, application(SERVICE))), "agencies register themselves");
        Agency a = agencies.registerAgency(staff(1), application(SERVICE));
        assertEquals(AgencyStatus.PENDING, a.status());
        assertEquals(CreditRules.NEW_AGENCY, a.creditScore());
        assertEquals(409, status(() -> agencies.registerAgency(staff(1), application(SERVICE))));

        assertEquals(403, status(() -> agencies.admit(staff(1), a.id(), true, null)), "for supervision");
        assertEquals(400, status(() -> agencies.admit(SUPERVISOR, a.id(), false, " ")), "a refusal gives its reason");
        assertEquals(AgencyStatus.ADMITTED, agencies.admit(SUPERVISOR, a.id(), true, null).status());
        assertEquals(409, status(() -> agencies.admit(SUPERVISOR, a.id(), false, "资质存疑")));
        assertEquals(a.id(), agencies.agencyOf(staff(1)).orElseThrow().id());
        assertEquals(List.of(a.id()), agencies.agencies(AgencyStatus.ADMITTED).stream().map(Agency::id).toList());
        assertTrue(agencies.agencies(AgencyStatus.PENDING).isEmpty());
    }

    @Test
    void aViolationCostsCreditAndTheChangeOfGradeIsAudited() {
        long id = f.agency(1);
        assertEquals(404, status(() -> agencies.recordViolation(SUPERVISOR, 999, ViolationSeverity.MINOR, "逾期")));
        agencies.recordViolation(SUPERVISOR, id, ViolationSeverity.SERIOUS, "成果数据失实");
        Agency a = agencies.agency(id).orElseThrow();
        assertEquals(CreditRules.NEW_AGENCY - 15, a.creditScore());
        assertTrue(f.audited().stream().anyMatch(x -> x.startsWith("intermediary.agency.credit 测绘公司1: credit 80 (")));
        agencies.recordViolation(SUPERVISOR, id, ViolationSeverity.VETO, "伪造资质");
        assertEquals(CreditGrade.E, agencies.agency(id).orElseThrow().creditGrade());
    }

    @Test
    void aBlacklistingRunsToItsDateUnlessLiftedWithAReason() {
        long id = f.agency(1);
        LocalDate today = LocalDate.of(2025, 9, 26);
        assertEquals(400, status(() -> agencies.blacklist(SUPERVISOR, id, "围标", today.minusDays(1))), "an end in the past");
        assertEquals(403, status(() -> agencies.blacklist(OWNER, id, "围标", today.plusYears(1))));
        assertEquals(today.plusYears(1), agencies.blacklist(SUPERVISOR, id, "围标", today.plusYears(1)).until());
        assertNotNull(agencies.agency(id).orElseThrow().blacklisting());
        assertEquals(400, status(() -> agencies.liftBlacklisting(SUPERVISOR, id, null)));
        assertNull(agencies.liftBlacklisting(SUPERVISOR, id, "复议撤销").blacklisting());
        assertEquals(409, status(() -> agencies.liftBlacklisting(SUPERVISOR, id, "复议撤销")), "nothing left to lift");
    }
}
