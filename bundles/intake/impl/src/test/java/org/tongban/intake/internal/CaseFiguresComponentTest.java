package org.tongban.intake.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.intake.Completions;
import org.tongban.intake.CaseScope;
import org.tongban.intake.MonthFigures;

/** Intake's counts for the bulletin and the on-time rate, per department and per division scope. */
class CaseFiguresComponentTest {

    private final IntakeTables db = new IntakeTables();
    private final CaseFiguresComponent figures = new CaseFiguresComponent(db.tx, null, null);

    @Test
    void aMonthCountsSubmissionsByCreationAndCompletionsByDecision() {
        db.kase("A", "DECIDED", LocalDate.of(2025, 10, 10), null, LocalDate.of(2025, 10, 9), "ONLINE");
        db.kase("B", "DECIDED", LocalDate.of(2025, 10, 9), null, LocalDate.of(2025, 10, 13), "WINDOW");
        db.kase("C", "RECEIVED", LocalDate.of(2025, 9, 30), null, null, "WINDOW");
        db.kase("OTHER", "DECIDED", LocalDate.of(2025, 10, 10), null, LocalDate.of(2025, 10, 9), "WINDOW");
        db.update("UPDATE intake_case SET department_code = NULL, department_name = NULL, division_code = '370783004'"
                + " WHERE case_number = 'OTHER'");
        assertEquals(List.of(new MonthFigures("", null, 1, 0, 1, 1), new MonthFigures("D1", "审批局", 3, 1, 2, 1)),
                figures.month(CaseScope.WHOLE_NODE, YearMonth.of(2025, 10), IntakeTables.ZONE));
        assertEquals(List.of(new MonthFigures("D1", "审批局", 3, 1, 2, 1)),
                figures.month(new CaseScope("370783003"), YearMonth.of(2025, 10), IntakeTables.ZONE));
        assertEquals(List.of(), figures.month(CaseScope.WHOLE_NODE, YearMonth.of(2025, 9), IntakeTables.ZONE));
    }

    @Test
    void decidedCountsAPeriodsCompletionsOfTheScope() {
        db.kase("A", "DECIDED", LocalDate.of(2025, 10, 10), null, LocalDate.of(2025, 10, 9), "ONLINE");
        db.kase("B", "DECIDED", LocalDate.of(2025, 10, 9), null, LocalDate.of(2025, 10, 13), "WINDOW");
        LocalDate from = LocalDate.of(2025, 10, 1);
        assertEquals(new Completions(2, 1), figures.decided(CaseScope.WHOLE_NODE, from, LocalDate.of(2025, 10, 13)));
        assertEquals(new Completions(1, 1), figures.decided(CaseScope.WHOLE_NODE, from, LocalDate.of(2025, 10, 9)));
        assertEquals(new Completions(0, 0), figures.decided(new CaseScope("370783004"), from, LocalDate.of(2025, 10, 13)));
    }
}
