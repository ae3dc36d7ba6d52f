package org.tongban.core.internal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.core.calendar.CalendarDataMissingException;
import org.tongban.core.calendar.CalendarYear;

/** Statutory days from the lunar library, the weekend make-up rule, and agreement with the shipped official years. */
class ProvisionalYearsTest {

    private static Set<LocalDate> dates(int year, String... monthDays) {
        Set<LocalDate> set = new TreeSet<>();
        for (String md : monthDays) {
            String[] range = md.split("\\.\\.");
            LocalDate from = LocalDate.parse(year + "-" + range[0]);
            LocalDate to = range.length > 1 ? LocalDate.parse(year + "-" + range[1]) : from;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                set.add(d);
            }
        }
        return set;
    }

    private static Set<LocalDate> makeUpDays(int year) {
        Set<LocalDate> extra = new TreeSet<>(ProvisionalYears.of(year).holidays());
        extra.removeAll(ProvisionalYears.statutoryDays(year).keySet());
        return extra;
    }

    private static CalendarYear official(int year) throws Exception {
        try (InputStream in = ProvisionalYearsTest.class.getClassLoader().getResourceAsStream("calendar/" + year + ".cal")) {
            assertTrue(in != null, "calendar/" + year + ".cal on the classpath");
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .collect(Collectors.toList());
            return CalendarYear.parse(year, lines);
        }
    }

    @Test
    void statutoryDays2025() {
        SortedMap<LocalDate, String> days = ProvisionalYears.statutoryDays(2025);
        assertEquals(dates(2025, "01-01", "01-28..01-31", "04-04", "05-01..05-02", "05-31", "10-01..10-03", "10-06"),
                days.keySet());
        assertEquals("春节", days.get(LocalDate.of(2025, 1, 28)), "the eve (腊月廿九 in 2025) is part of 春节");
        assertEquals("清明节", days.get(LocalDate.of(2025, 4, 4)));
        assertEquals("端午节", days.get(LocalDate.of(2025, 5, 31)));
        assertEquals("中秋节", days.get(LocalDate.of(2025, 10, 6)));
        assertEquals(Set.of(LocalDate.of(2025, 6, 2)), makeUpDays(2025));
    }

    @Test
    void statutoryDays2026() {
        assertEquals(dates(2026, "01-01", "02-16..02-19", "04-05", "05-01..05-02", "06-19", "09-25", "10-01..10-03"),
                ProvisionalYears.statutoryDays(2026).keySet());
        assertEquals(dates(2026, "04-06", "05-04", "10-05"), makeUpDays(2026));
    }

    @Test
    void statutoryDays2027AreDaysOff() {
        Set<LocalDate> expected = dates(2027, "01-01", "02-05..02-08", "04-05", "05-01..05-02", "06-09", "09-15",
                "10-01..10-03");
        assertEquals(expected, ProvisionalYears.statutoryDays(2027).keySet());
        CalendarYear y = ProvisionalYears.of(2027);
        for (LocalDate d : expected) {
            assertTrue(y.holidays().contains(d) && !y.isWorkingDay(d), d + " is a day off");
        }
        // Eve Fri, New Year Sat/Sun/Mon: the Saturday and Sunday move to Tue and Wed (Mon is taken by 初三).
        assertEquals(dates(2027, "02-09..02-10", "05-03..05-04", "10-04..10-05"), makeUpDays(2027));
    }

    @Test
    void statutoryDays2028() {
        SortedMap<LocalDate, String> days = ProvisionalYears.statutoryDays(2028);
        // Lunar New Year 2028-01-26, so the eve is 01-25; 中秋 falls on 10-03, together with 国庆 (names in the law's order).
        assertEquals(dates(2028, "01-01", "01-25..01-28", "04-04", "05-01..05-02", "05-28", "10-01..10-03"),
                days.keySet());
        assertEquals("中秋节、国庆节", days.get(LocalDate.of(2028, 10, 3)));
        // 01-01 Sat -> Mon 01-03; 端午 Sun 05-28 -> Mon 05-29; 10-01 Sun -> Wed 10-04; the shared 10-03 -> Thu 10-05.
        assertEquals(dates(2028, "01-03", "05-29", "10-04..10-05"), makeUpDays(2028));
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    void provisionalDaysOffAreOfficialDaysOff(int year) throws Exception {
        CalendarYear official = official(year);
        for (LocalDate d : ProvisionalYears.of(year).holidays()) {
            assertTrue(official.holidays().contains(d), d + " is off provisionally but not in " + year + ".cal");
        }
        for (LocalDate d : ProvisionalYears.statutoryDays(year).keySet()) {
            assertTrue(official.holidays().contains(d), "statutory " + d + " is not a holiday in " + year + ".cal");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026, 2027, 2028, 2099})
    void everyOtherWeekdayIsAWorkingDay(int year) {
        CalendarYear y = ProvisionalYears.of(year);
        assertTrue(y.provisional());
        assertTrue(y.workingWeekendDays().isEmpty());
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            assertEquals(!weekend && !y.holidays().contains(d), y.isWorkingDay(d), d.toString());
        }
        // Each statutory day yields exactly one day off that would otherwise be a working day (13 since 2025).
        long offWeekdays = y.holidays().stream().filter(d -> d.getDayOfWeek().getValue() <= 5).count();
        assertEquals(13, offWeekdays);
    }

    @ParameterizedTest
    @ValueSource(ints = {2024, 1900, 2100, 0, -5, 10000})
    void yearsOutOfRangeAreMissingData(int year) {
        CalendarDataMissingException e = assertThrows(CalendarDataMissingException.class, () -> ProvisionalYears.of(year));
        assertEquals(year, e.year());
        assertThrows(CalendarDataMissingException.class, () -> ProvisionalYears.statutoryDays(year));
    }
}
