package org.tongban.intake.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongban.core.calendar.CalendarYear;
import org.tongban.core.calendar.YearTableCalendar;
import org.tongban.intake.SpecialProcedure;
import org.tongban.intake.Suspension;

/**
 * A case accepted in December 2026 whose dates run into 2027: computed over a provisional 2027, then recomputed when
 * the official 2027 arrives, with a suspension that ended in 2027 and an extension.
 */
class CaseDatesTest {

    private static YearTableCalendar provisional;
    private static YearTableCalendar official;

    @BeforeAll
    static void calendars() throws IOException {
        Path dir = Path.of(System.getProperty("basedir", "."), "../../core/impl/src/main/resources/calendar");
        List<CalendarYear> shipped = List.of(
                CalendarYear.parse(2025, Files.readAllLines(dir.resolve("2025.cal"), StandardCharsets.UTF_8)),
                CalendarYear.parse(2026, Files.readAllLines(dir.resolve("2026.cal"), StandardCharsets.UTF_8)));
        // Provisional 2027 as the statutory rules give January: 01-01 off, weekends off.
        provisional = new YearTableCalendar(shipped, y -> new CalendarYear(y, Set.of(LocalDate.of(y, 1, 1)), Set.of(), true));
        // An "official" 2027 for the test: 01-01..01-03 off, Sat 01-09 a working day, and 01-11..01-13 off as well.
        official = provisional.with(CalendarYear.parse(2027, List.of("holiday 2027-01-01..2027-01-03", "workday 2027-01-09",
                "holiday 2027-01-11..2027-01-13")));
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aDateReachingIntoAProvisionalYearIsMarkedAndRecomputedOnTheOfficialOne() {
        // Accepted Mon 2026-12-21, 20 working days: Dec 22-31 is 8, Jan 1 off, Jan 4-8 5, Jan 11-15 5, Jan 18-19 2.
        CaseDates before = CaseDates.compute(provisional, d("2026-12-21"), 20, 0, List.of(), 0, null);
        assertEquals(d("2027-01-19"), before.promisedDate());
        assertTrue(before.provisional());
        CaseDates after = CaseDates.compute(official, d("2026-12-21"), 20, 0, List.of(), 0, null);
        // Official: Sat 01-09 works (+1), 01-11..13 off (-3): 2027-01-21.
        assertEquals(d("2027-01-21"), after.promisedDate());
        assertFalse(after.provisional());
    }

    @Test
    void aSuspensionAcrossTheBoundaryIsRecountedAndAnExtensionKept() {
        // Expert review from Wed 2026-12-30 to Thu 2027-01-14: provisional counts 12-31, 01-04..08, 01-11..14 = 10.
        List<Suspension> ledger = List.of(new Suspension(1, SpecialProcedure.EXPERT_REVIEW, "专家评审", d("2026-12-30"),
                d("2027-01-14"), 10, "reviewer"));
        CaseDates before = CaseDates.compute(provisional, d("2026-12-21"), 20, 5, ledger, 0, null);
        assertEquals(List.of(10L), before.suspensionDays());
        assertEquals(10, before.suspendedDays());
        assertEquals(provisional.addWorkingDays(d("2026-12-21"), 35), before.promisedDate());
        CaseDates after = CaseDates.compute(official, d("2026-12-21"), 20, 5, ledger, 0, null);
        // Official: 12-31, 01-04..08, Sat 01-09, 01-14 = 8 (01-11..13 are holidays now).
        assertEquals(List.of(8L), after.suspensionDays());
        assertEquals(official.addWorkingDays(d("2026-12-21"), 33), after.promisedDate());
        assertFalse(after.provisional());
    }

    @Test
    void aRunningSuspensionIsNotCountedAndToleranceFollowsItsDays() {
        List<Suspension> ledger = List.of(new Suspension(1, SpecialProcedure.HEARING, "听证", d("2027-01-05"), null, 0, "reviewer"));
        CaseDates dates = CaseDates.compute(official, d("2026-12-28"), 5, 0, ledger, 5, d("2027-01-05"));
        // 12-29, 12-30, 12-31, 01-04, 01-05.
        assertEquals(d("2027-01-05"), dates.promisedDate());
        assertEquals(d("2027-01-05"), dates.toleranceDue());
        assertEquals(List.of(), dates.suspensionDays());
        assertTrue(official.isWorkingDay(d("2027-01-09")) && d("2027-01-09").getDayOfWeek() == DayOfWeek.SATURDAY);
    }

    @Test
    void datesWithinOfficialYearsAreNotProvisional() {
        CaseDates dates = CaseDates.compute(provisional, d("2026-03-02"), 20, 0, List.of(), 0, null);
        assertFalse(dates.provisional());
        assertEquals(new TreeSet<>(List.of(2025, 2026)), provisional.years());
    }
}
