package org.tongban.intake.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongban.intake.CaseStanding;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.CaseScope;
import org.tongban.intake.DueCase;
import org.tongban.intake.DueStep;

/** The open cases and pending steps intake exports by deadline, read by its own SQL on its migrated tables. */
class DueWorkComponentTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 10, 9);
    private final IntakeTables db = new IntakeTables();
    private final DueWorkComponent work = new DueWorkComponent(db.tx, null, null);

    private static List<String> numbers(List<DueCase> cases) {
        return cases.stream().map(DueCase::caseNumber).sorted().toList();
    }

    @Test
    void casesDueAreTheOpenUnsuspendedOnesPromisedInTheRange() {
        db.kase("OVERDUE", "UNDER_REVIEW", LocalDate.of(2025, 9, 29), null, null, "WINDOW");
        db.kase("SOON", "RECEIVED", LocalDate.of(2025, 10, 10), null, null, "ONLINE");
        db.kase("LATER", "ACCEPTED", LocalDate.of(2025, 10, 20), null, null, "WINDOW");
        db.kase("SUSPENDED", "DISPATCHED", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2), null, "WINDOW");
        db.kase("DONE", "DECIDED", LocalDate.of(2025, 9, 1), null, LocalDate.of(2025, 9, 1), "WINDOW");
        LocalDate until = LocalDate.of(2025, 10, 14);
        assertEquals(List.of("OVERDUE", "SOON"), numbers(work.casesDue(null, until)));
        assertEquals(List.of("SOON"), numbers(work.casesDue(LocalDate.of(2025, 10, 1), until)));
        DueCase k = work.casesDue(null, LocalDate.of(2025, 9, 30)).get(0);
        assertEquals(new DueCase("OVERDUE", "食品经营许可", "370783003", "D1", "审批局", CaseStatus.UNDER_REVIEW,
                LocalDate.of(2025, 9, 29)), k);
    }

    @Test
    void changedCasesAreReadByTheirChangeTime() {
        db.kase("OLD", "UNDER_REVIEW", LocalDate.of(2025, 9, 1), null, null, "WINDOW");
        db.kase("CHANGED", "UNDER_REVIEW", LocalDate.of(2025, 9, 2), null, null, "WINDOW");
        db.update("UPDATE intake_case SET updated_ms = ? WHERE case_number = 'CHANGED'", IntakeTables.CREATED + 60_000);
        Instant since = Instant.ofEpochMilli(IntakeTables.CREATED + 1);
        assertEquals(List.of("CHANGED"), numbers(work.casesChanged(since, LocalDate.of(2025, 10, 14))));
        assertTrue(work.casesChanged(since, LocalDate.of(2025, 9, 2)).isEmpty(), "promised on or after until");
        assertEquals(List.of("CHANGED"), work.changedSince(since).stream().map(CaseStanding::caseNumber).toList());
    }

    @Test
    void stepsDueAreThePendingOnesOfCasesUnderReview() {
        db.kase("JOINT", "UNDER_REVIEW", LocalDate.of(2025, 9, 29), null, null, "WINDOW");
        db.kase("WINDOW", "RECEIVED", LocalDate.of(2025, 9, 29), null, null, "WINDOW");
        db.step("JOINT", "A", "APPROVED");
        db.step("JOINT", "B", "PENDING");
        db.step("WINDOW", "C", "PENDING");   // a returned case's old step: no review under way
        List<DueStep> steps = work.stepsDue(null, LocalDate.of(2025, 10, 14));
        assertEquals(List.of(new DueStep("JOINT", "370783003", "B", "部门B", LocalDate.of(2025, 9, 29))), steps);
        db.update("UPDATE intake_case SET updated_ms = ? WHERE case_number = 'JOINT'", IntakeTables.CREATED + 60_000);
        assertEquals(steps, work.stepsChanged(Instant.ofEpochMilli(IntakeTables.CREATED + 1), LocalDate.of(2025, 10, 14)));
    }

    @Test
    void standingNamesStatusDateDivisionAndThePendingDepartments() {
        db.kase("JOINT", "UNDER_REVIEW", LocalDate.of(2025, 9, 29), null, null, "WINDOW");
        db.kase("DONE", "DECIDED", LocalDate.of(2025, 9, 29), null, LocalDate.of(2025, 9, 29), "WINDOW");
        db.step("JOINT", "A", "APPROVED");
        db.step("JOINT", "B", "PENDING");
        db.step("JOINT", "C", "PENDING");
        List<CaseStanding> s = work.standing(List.of("JOINT", "DONE", "GONE"));
        assertEquals(2, s.size(), "a case intake does not hold is left out");
        CaseStanding joint = s.stream().filter(k -> k.caseNumber().equals("JOINT")).findFirst().orElseThrow();
        assertEquals(new CaseStanding("JOINT", CaseStatus.UNDER_REVIEW, LocalDate.of(2025, 9, 29), "370783003", Set.of("B", "C")), joint);
        assertTrue(joint.open());
        assertTrue(s.stream().filter(k -> k.caseNumber().equals("DONE")).noneMatch(CaseStanding::open));
    }

    @Test
    void overdueCasesAreOfTheScopesDivisionsOldestFirst() {
        db.kase("WENJIA", "UNDER_REVIEW", LocalDate.of(2025, 9, 29), null, null, "WINDOW");
        db.kase("SHENGCHENG", "UNDER_REVIEW", LocalDate.of(2025, 9, 26), null, null, "WINDOW");
        db.kase("NOT_YET", "UNDER_REVIEW", LocalDate.of(2025, 10, 9), null, null, "WINDOW");
        db.update("UPDATE intake_case SET division_code = '370783004' WHERE case_number = 'SHENGCHENG'");
        assertEquals(List.of("SHENGCHENG", "WENJIA"), work.overdue(CaseScope.WHOLE_NODE, TODAY, 10).stream()
                .map(DueCase::caseNumber).toList());
        assertEquals(List.of("WENJIA"), numbers(work.overdue(new CaseScope("370783003"), TODAY, 10)));
        assertEquals(List.of("SHENGCHENG"), numbers(work.overdue(new CaseScope("370783004"), TODAY, 10)));
        assertEquals(1, work.overdue(CaseScope.WHOLE_NODE, TODAY, 1).size());
    }
}
