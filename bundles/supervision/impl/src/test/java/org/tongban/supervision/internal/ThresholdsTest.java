package org.tongban.supervision.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tongban.core.calendar.WorkingDayCalendar;

/** Thresholds on the official calendar around National Day 2025 and Spring Festival 2026. */
class ThresholdsTest {

    private static final WorkingDayCalendar CALENDAR = OfficialCalendar.load();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void onAnOrdinaryWednesday() {
        Thresholds t = Thresholds.on(CALENDAR, d("2025-09-17"), 2, 1, 2);
        assertEquals(d("2025-09-17"), t.yellowBefore(), "due Tuesday: one working day overdue on Wednesday");
        assertEquals(d("2025-09-16"), t.redBefore());
        assertEquals(d("2025-09-19"), t.warnUntil());
    }

    @Test
    void afterNationalDayTheHolidaysDoNotCount() {
        // Thu 2025-10-09 is the first working day after 10-01…10-08; before it came Tue 09-30.
        Thresholds t = Thresholds.on(CALENDAR, d("2025-10-09"), 2, 1, 2);
        assertEquals(d("2025-10-09"), t.yellowBefore(), "due 09-30: yellow on 10-09");
        assertEquals(d("2025-09-30"), t.redBefore(), "due 09-29: red on 10-09");
        assertEquals(1, Thresholds.overdue(CALENDAR, d("2025-09-30"), d("2025-10-09")));
        assertEquals(2, Thresholds.overdue(CALENDAR, d("2025-09-29"), d("2025-10-09")));
        // Sat 10-11 is a working day: on it a case due Fri 10-10 is a day overdue.
        assertEquals(1, Thresholds.overdue(CALENDAR, d("2025-10-10"), d("2025-10-11")));
    }

    @Test
    void onAHolidayNothingNewFallsDue() {
        // 2026-02-18 (Spring Festival): the last working day was Sat 02-14, the one before Fri 02-13.
        Thresholds t = Thresholds.on(CALENDAR, d("2026-02-18"), 2, 1, 2);
        assertEquals(d("2026-02-14"), t.yellowBefore());
        assertEquals(d("2026-02-13"), t.redBefore());
        assertEquals(d("2026-02-25"), t.warnUntil(), "two working days after the holiday: 02-24, 02-25");
        assertEquals(0, Thresholds.overdue(CALENDAR, d("2026-02-14"), d("2026-02-18")));
    }

    @Test
    void configurableThresholds() {
        Thresholds t = Thresholds.on(CALENDAR, d("2025-09-17"), 0, 2, 5);
        assertEquals(d("2025-09-16"), t.yellowBefore());
        assertEquals(d("2025-09-11"), t.redBefore());
        assertEquals(d("2025-09-17"), t.warnUntil());
        assertThrows(IllegalArgumentException.class, () -> Thresholds.on(CALENDAR, d("2025-09-17"), 2, 2, 2));
    }
}
