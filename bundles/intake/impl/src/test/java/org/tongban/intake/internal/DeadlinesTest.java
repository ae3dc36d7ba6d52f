package org.tongban.intake.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongban.core.calendar.CalendarDataMissingException;
import org.tongban.core.calendar.CalendarYear;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.calendar.YearTableCalendar;
import org.tongban.intake.TimeBudget;

/**
 * Promised dates from a time budget on the official 2025 and 2026 calendars the node ships (read from core's
 * resources), across National Day 2025 with its working Sunday and Saturday, and Spring Festival 2026.
 */
class DeadlinesTest {

    private static WorkingDayCalendar calendar;

    @BeforeAll
    static void officialCalendar() throws IOException {
        Path dir = Path.of(System.getProperty("basedir", "."), "../../core/impl/src/main/resources/calendar");
        calendar = new YearTableCalendar(List.of(
                CalendarYear.parse(2025, Files.readAllLines(dir.resolve("2025.cal"), StandardCharsets.UTF_8)),
                CalendarYear.parse(2026, Files.readAllLines(dir.resolve("2026.cal"), StandardCharsets.UTF_8))));
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theLimitAloneIsCountedFromTheDayAfterAcceptance() {
        // DOMAIN.md's example: Sun 09-28 works, 10-01…10-08 are off.
        assertEquals(d("2025-10-10"), Deadlines.promised(calendar, d("2025-09-26"), new TimeBudget(5, 0, 0, null)));
    }

    @Test
    void suspendedWorkingDaysPushTheDateOn() {
        // A hearing from Mon 09-29 to Thu 10-09 stops the clock on 09-30 and 10-09 (the holiday week is off anyway).
        long suspended = Deadlines.suspendedDays(calendar, d("2025-09-29"), d("2025-10-09"));
        assertEquals(2, suspended);
        // 10-10 is day 5, Sat 10-11 (a working Saturday) day 6, Mon 10-13 day 7.
        assertEquals(d("2025-10-13"), Deadlines.promised(calendar, d("2025-09-26"), new TimeBudget(5, 0, suspended, null)));
    }

    @Test
    void extensionsAndSuspensionsAddUp() {
        assertEquals(d("2025-10-14"), Deadlines.promised(calendar, d("2025-09-26"), new TimeBudget(5, 3, 0, null)));
        assertEquals(d("2025-10-16"), Deadlines.promised(calendar, d("2025-09-26"), new TimeBudget(5, 3, 2, null)));
    }

    @Test
    void springFestivalStopsNothingButTheCalendar() {
        // Thu 2026-02-12 + 3: Fri 02-13, Sat 02-14 (working), then 02-15…02-23 off: Tue 02-24.
        assertEquals(d("2026-02-24"), Deadlines.promised(calendar, d("2026-02-12"), new TimeBudget(3, 0, 0, null)));
        // Testing from 02-13 to 02-25 took 02-14, 02-24 and 02-25: three working days.
        long suspended = Deadlines.suspendedDays(calendar, d("2026-02-13"), d("2026-02-25"));
        assertEquals(3, suspended);
        assertEquals(d("2026-02-27"), Deadlines.promised(calendar, d("2026-02-12"), new TimeBudget(3, 0, suspended, null)));
        // Two more by extension: Sat 02-28 works, then Mon 03-02.
        assertEquals(d("2026-03-02"), Deadlines.promised(calendar, d("2026-02-12"), new TimeBudget(3, 2, suspended, null)));
    }

    @Test
    void aProcedureStartedAndEndedTheSameDayCostsNothing() {
        assertEquals(0, Deadlines.suspendedDays(calendar, d("2025-10-10"), d("2025-10-10")));
        assertEquals(0, Deadlines.suspendedDays(calendar, d("2025-10-01"), d("2025-10-08")), "all holidays");
    }

    @Test
    void aDateInAYearWithoutDataIsRefusedNotGuessed() {
        assertThrows(CalendarDataMissingException.class,
                () -> Deadlines.promised(calendar, d("2026-12-28"), new TimeBudget(5, 0, 0, null)));
    }
}
