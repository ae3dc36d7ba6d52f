package org.tongban.intake.internal;

import org.tongban.core.rest.FaultProblems;
import org.tongban.core.fault.Fault;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.core.security.Caller;
import org.tongban.intake.Applicant;
import org.tongban.intake.ApplicantType;
import org.tongban.intake.Application;
import org.tongban.intake.Channel;

/** Who sees and changes which case: each rule, and the same caller of the right role but the wrong unit. */
class CaseAccessTest {

    private static final String LAND = "113707830000237570";
    private static final String HOUSING = "11370783000031676J";

    private static StoredCase kase(String division, String lead, String point, String acceptedBy, String applicantId) {
        StoredCase k = new StoredCase();
        k.caseNumber = "C1";
        k.divisionCode = division;
        k.departmentCode = lead;
        k.pointCode = point;
        k.acceptedBy = acceptedBy;
        k.application = new Application("ITEM", new Applicant(ApplicantType.ORGANISATION, "某公司", applicantId, "13800138000"),
                Map.of(), List.of(), Channel.WINDOW, false, null, null, false);
        return k;
    }

    private static Caller caller(String user, String... names) {
        return Caller.fromRealm(user, List.of(names));
    }

    private final StoredCase township = kase("370783003", LAND, null, "clerk-a", "91350100M000100Y43");

    @Test
    void clerksAndSupervisorsSeeTheirDivisionAndBelowOnly() {
        assertTrue(CaseAccess.sees(caller("a", "clerk", "division:370783003"), township, List.of()));
        assertTrue(CaseAccess.sees(caller("county", "supervisor", "division:370783"), township, List.of()), "a county covers its townships");
        assertTrue(CaseAccess.sees(caller("city", "ops", "division:370700"), township, List.of()), "a city covers its counties");
        assertTrue(CaseAccess.sees(caller("node", "clerk"), township, List.of()), "an account of the whole node");
        assertFalse(CaseAccess.sees(caller("b", "clerk", "division:370783004"), township, List.of()), "the next street's hall");
        assertFalse(CaseAccess.sees(caller("other", "supervisor", "division:370784"), township, List.of()), "another county");
    }

    @Test
    void aWindowsClerkTakesApplicationsInAtThatWindow() {
        org.tongban.intake.Application none = new org.tongban.intake.Application("ITEM", null, null, null, null, false, null, null, false);
        assertEquals("W01", CaseAccess.atOwnWindow(caller("c", "clerk", "window:W01"), none).window());
        org.tongban.intake.Application w03 = new org.tongban.intake.Application("ITEM", null, null, null, null, false, "W03", null, false);
        assertThrows(org.tongban.core.fault.Fault.class, () -> CaseAccess.atOwnWindow(caller("c", "clerk", "window:W01"), w03));
        assertEquals("W03", CaseAccess.atOwnWindow(caller("hall", "clerk"), w03).window(), "a clerk of the whole hall names the window");
        assertEquals("W03", CaseAccess.atOwnWindow(caller("a", "agent", "point:P1"), w03).window());
    }

    @Test
    void aReviewerSeesOnlyCasesOfTheirDepartments() {
        assertTrue(CaseAccess.sees(caller("r", "reviewer", "department:" + LAND), township, List.of()), "the lead department");
        assertTrue(CaseAccess.sees(caller("h", "reviewer", "department:" + HOUSING), township, List.of(LAND, HOUSING)), "a step");
        assertFalse(CaseAccess.sees(caller("h", "reviewer", "department:" + HOUSING), township, List.of(LAND)));
        assertFalse(CaseAccess.sees(caller("h", "reviewer", "department:" + HOUSING), kase("370783003", null, null, "c", "X"),
                java.util.Arrays.asList((String) null)), "a case taken in before cases named their lead department");
        assertFalse(CaseAccess.sees(caller("r", "reviewer", "department:" + LAND, "division:370783004"), township, List.of()),
                "its department, another hall");
        Fault wrong = assertThrows(Fault.class,
                () -> CaseAccess.requireDepartment(caller("h", "reviewer", "department:" + HOUSING), LAND));
        assertEquals(403, FaultProblems.status(wrong));
    }

    @Test
    void anAgentSeesThePointsCasesAndAnApplicantTheirOwn() {
        StoredCase onBehalf = kase("370783003", LAND, "P1", "agent-1", "91350100M000100Y43");
        assertTrue(CaseAccess.sees(caller("agent-2", "agent", "point:P1"), onBehalf, List.of()), "a colleague of the same point");
        assertFalse(CaseAccess.sees(caller("agent-3", "agent", "point:P2"), onBehalf, List.of()));
        assertTrue(CaseAccess.sees(caller("agent-1", "agent"), onBehalf, List.of()), "without a point: the cases they handed in");
        assertFalse(CaseAccess.sees(caller("agent-4", "agent"), onBehalf, List.of()));
        assertTrue(CaseAccess.sees(caller("co", "applicant", "identity:91350100m000100y43"), township, List.of()));
        assertFalse(CaseAccess.sees(caller("zhang", "applicant", "identity:11010519491231002X"), township, List.of()));
        assertFalse(CaseAccess.sees(caller("nobody", "applicant"), township, List.of()), "an applicant bound to no identity");
        assertEquals(403, FaultProblems.status(assertThrows(Fault.class, () -> CaseAccess.requireOwnApplication(
                caller("zhang", "applicant", "identity:11010519491231002X"), "91350100M000100Y43"))));
        CaseAccess.requireOwnApplication(caller("clerk", "clerk"), "91350100M000100Y43");
    }

    @Test
    void listsAreFilteredInTheQueryByTheSameRules() {
        assertNull(CaseAccess.condition(Caller.system("sweep")), "the node itself: every case");
        CaseAccess.Condition clerk = CaseAccess.condition(caller("a", "clerk", "division:370700"));
        assertEquals("(k.division_code LIKE ?)", clerk.sql());
        assertEquals(List.of("3707%"), clerk.args());
        CaseAccess.Condition reviewer = CaseAccess.condition(caller("r", "reviewer", "department:" + LAND));
        assertTrue(reviewer.sql().contains("k.department_code IN (?)") && reviewer.sql().contains("intake_review_step"), reviewer.sql());
        assertEquals(List.of(LAND, LAND), reviewer.args());
        assertEquals("1 = 0", CaseAccess.condition(caller("r", "reviewer")).sql(), "a reviewer of no department sees nothing");
        assertEquals(List.of("91350100M000100Y43"), CaseAccess.condition(caller("co", "applicant", "identity:91350100M000100Y43")).args());
        assertEquals(403, FaultProblems.status(assertThrows(Fault.class,
                () -> CaseAccess.requireRole(caller("co", "applicant"), "a refusal", org.tongban.core.rest.Role.CLERK))));
    }
}
