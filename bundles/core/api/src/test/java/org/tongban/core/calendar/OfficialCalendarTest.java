package org.tongban.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The shipped 2025 and 2026 calendars (DOMAIN.md) through the plain-Java calculator. */
class OfficialCalendarTest {

    private static final Path SHIPPED = Path.of("../impl/src/main/resources/calendar");
    private final YearTableCalendar calendar = new YearTableCalendar(List.of(year(2025), year(2026)));

    static CalendarYear year(int year) {
        try {
            return CalendarYear.parse(year, Files.readAllLines(SHIPPED.resolve(year + ".cal"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void bothYearsHave248WorkingDays() {
        assertEquals(248, year(2025).workingDayCount());
        assertEquals(248, year(2026).workingDayCount());
        assertEquals(248, calendar.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31)));
    }

    @ParameterizedTest(name = "{0} working day: {1}")
    @CsvSource({
        "2025-01-01, false", // New Year
        "2025-01-26, true",  // Sunday made a working day before Spring Festival
        "2025-01-28, false", "2025-02-04, false", "2025-02-05, true",
        "2025-02-08, true",  // Saturday working day
        "2025-04-04, false", "2025-04-27, true", "2025-05-05, false", "2025-06-02, false",
        "2025-09-28, true", "2025-10-08, false", "2025-10-09, true", "2025-10-11, true",
        "2025-10-12, false", // ordinary Sunday
        "2025-10-13, true",  // ordinary Monday
        "2026-01-02, false", "2026-01-04, true", "2026-02-14, true", "2026-02-15, false", "2026-02-23, false",
        "2026-02-24, true", "2026-02-28, true", "2026-05-09, true", "2026-06-19, false", "2026-09-20, true",
        "2026-09-25, false", "2026-10-07, false", "2026-10-10, true"})
    void knowsHolidaysAndAdjustedWeekends(LocalDate date, boolean working) {
        assertEquals(working, calendar.isWorkingDay(date));
    }

    @Test
    void domainExampleAcrossNationalDay() {
        // Accepted Fri 2025-09-26 with 5 working days: Sun 09-28 works, 10-01..10-08 do not.
        assertEquals(LocalDate.of(2025, 10, 10), calendar.addWorkingDays(LocalDate.of(2025, 9, 26), 5));
    }

    @Test
    void acceptanceDayIsNotCountedAndZeroDaysIsTheSameDay() {
        assertEquals(LocalDate.of(2025, 3, 4), calendar.addWorkingDays(LocalDate.of(2025, 3, 3), 1));
        assertEquals(LocalDate.of(2025, 3, 8), calendar.addWorkingDays(LocalDate.of(2025, 3, 8), 0));
        assertEquals(LocalDate.of(2025, 3, 10), calendar.addWorkingDays(LocalDate.of(2025, 3, 8), 1), "from a Saturday");
    }

    @Test
    void spansSpringFestivalAndTheYearBoundary() {
        // 2025-12-31 (Wed) + 3: 2026-01-01..03 off, Sun 01-04 works, then Mon 01-05, Tue 01-06.
        assertEquals(LocalDate.of(2026, 1, 6), calendar.addWorkingDays(LocalDate.of(2025, 12, 31), 3));
        // 2026-02-13 (Fri) + 2: Sat 02-14 works, 02-15..02-23 off, Tue 02-24.
        assertEquals(LocalDate.of(2026, 2, 24), calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 2));
        // The statutory 20 working days from 2026-02-10.
        assertEquals(LocalDate.of(2026, 3, 16), calendar.addWorkingDays(LocalDate.of(2026, 2, 10), 20));
    }

    @Test
    void countsBetweenInBothDirections() {
        LocalDate from = LocalDate.of(2025, 9, 26);
        LocalDate to = LocalDate.of(2025, 10, 10);
        assertEquals(5, calendar.workingDaysBetween(from, to));
        assertEquals(-5, calendar.workingDaysBetween(to, from));
        assertEquals(0, calendar.workingDaysBetween(from, from));
    }

    @Test
    void refusesAYearWithoutData() {
        CalendarDataMissingException e = assertThrows(CalendarDataMissingException.class,
                () -> calendar.addWorkingDays(LocalDate.of(2026, 12, 30), 5));
        assertEquals(2027, e.year());
        assertTrue(e.getMessage().contains("2027.cal"));
        assertThrows(CalendarDataMissingException.class, () -> calendar.isWorkingDay(LocalDate.of(2024, 6, 3)));
        assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingDays(LocalDate.of(2025, 3, 3), -1));
        assertEquals(List.of(2025, 2026), List.copyOf(calendar.years()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "vacation 2025-01-01 | line 2: unknown kind",
        "holiday 2025-13-01 | line 2: bad date",
        "holiday 2025-02-04..2025-01-28 | line 2: range ends before it starts",
        "workday 2025-01-27 | is not a weekend day",
        "holiday 2024-12-31 | does not belong to 2025",
        "holiday | line 2: expected"})
    void parseErrorsNameTheLine(String line, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CalendarYear.parse(2025, List.of("# header", line)));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void aDateCannotBeBothHolidayAndWorkday() {
        assertThrows(IllegalArgumentException.class,
                () -> CalendarYear.parse(2025, List.of("holiday 2025-01-26", "workday 2025-01-26")));
        assertFalse(CalendarYear.parse(2025, List.of("  # only comments", "")).isWorkingDay(LocalDate.of(2025, 1, 4)));
    }
}
