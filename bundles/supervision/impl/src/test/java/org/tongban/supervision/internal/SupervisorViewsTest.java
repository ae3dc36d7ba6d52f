package org.tongban.supervision.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.core.fault.Forbidden;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.supervision.Card;
import org.tongban.supervision.OverdueCase;

/** The supervisor's reads, each bounded by the caller's scope (SupervisionScope). */
class SupervisorViewsTest {

    private final Fixture f = new Fixture();
    private final SupervisorViews views = new SupervisorViews(f.tx, f.intake, f.intake, Fixture.CALENDAR, f.clock);
    private final Caller supervisor = Fixture.caller("sup", Role.SUPERVISOR, null);

    private void scan() {
        DeadlineScan scan = new DeadlineScan(f.changes, f.intake, Fixture.CALENDAR, f.clock, f.notices);
        scan.accept(Fixture.config(2, 1, 2, 0));
        scan.scan();
    }

    @Test
    void overdueCasesComeMostOverdueFirst() {
        f.kase("LATE", "UNDER_REVIEW", LocalDate.of(2025, 9, 30));
        f.kase("LATER", "UNDER_REVIEW", LocalDate.of(2025, 9, 25));
        f.kase("FINE", "RECEIVED", LocalDate.of(2025, 10, 20));
        List<OverdueCase> overdue = views.overdue(supervisor, 10);
        assertEquals(List.of("LATER", "LATE"), overdue.stream().map(OverdueCase::caseNumber).toList());
        assertEquals(true, overdue.get(0).overdueWorkingDays() > overdue.get(1).overdueWorkingDays());
    }

    @Test
    void aReviewerReadsTheCardsOfTheirOwnDepartmentsOnly() {
        f.kase("RED", "UNDER_REVIEW", LocalDate.of(2025, 9, 29));
        scan();
        Caller reviewer = Fixture.caller("rev", Role.REVIEWER, null, "D1");
        assertEquals(2, views.cards(reviewer, null, null, true, 10).size());
        assertEquals(2, views.cards(reviewer, " d1 ", null, true, 10).size(), "a department code is trimmed and upper-cased");
        List<Card> all = views.cards(supervisor, "", null, true, 10);
        assertEquals(2, all.size());
        assertThrows(Forbidden.class, () -> views.cards(reviewer, "D2", null, true, 10));
        assertEquals(0, views.cards(Fixture.caller("rev2", Role.REVIEWER, null, "D2"), null, null, true, 10).size());
    }

    @Test
    void figuresAreForSupervisorsAndOpsOnly() {
        Caller clerk = Fixture.caller("clerk", Role.CLERK, null);
        assertThrows(Forbidden.class, () -> views.overdue(clerk, 10));
        assertThrows(Forbidden.class, () -> views.onTime(clerk, Fixture.TODAY, Fixture.TODAY));
        assertThrows(Forbidden.class, () -> views.bulletin(clerk, java.time.YearMonth.of(2025, 10)));
        assertThrows(Forbidden.class, () -> views.cards(clerk, null, null, true, 10));
        assertEquals(0, views.onTime(Fixture.caller("ops", Role.OPS, null), Fixture.TODAY, Fixture.TODAY).completions());
    }
}
