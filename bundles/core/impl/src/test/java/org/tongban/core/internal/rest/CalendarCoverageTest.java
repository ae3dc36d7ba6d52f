package org.tongban.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CalendarCoverageTest {

    private static final TreeSet<Integer> SHIPPED = new TreeSet<>(java.util.List.of(2025, 2026));

    @Test
    void coveredWhileTheDeadlinesOfTheNextMonthsFallInLoadedYears() {
        assertEquals("UP: 2025-2026", CalendarCoverage.describe(SHIPPED, LocalDate.of(2026, 6, 1)));
        assertEquals("UP: 2025-2026", CalendarCoverage.describe(SHIPPED, LocalDate.of(2026, 9, 22)));
    }

    @Test
    void warnedInTheAutumnBeforeAYearWithoutData() {
        String w = CalendarCoverage.describe(SHIPPED, LocalDate.of(2026, 11, 26));
        assertTrue(w.startsWith("WARN: no calendar data for 2027: cases due in 2027 cannot be accepted") && w.contains("2027.cal"), w);
    }

    @Test
    void warnedWhenThisYearItselfHasNoData() {
        String w = CalendarCoverage.describe(SHIPPED, LocalDate.of(2027, 2, 1));
        assertTrue(w.startsWith("WARN: no calendar data for 2027, this year"), w);
        assertTrue(CalendarCoverage.describe(new TreeSet<>(), LocalDate.of(2026, 1, 1)).startsWith("WARN: no calendar data at all"));
        assertTrue(CalendarCoverage.describe(SHIPPED, LocalDate.of(2024, 12, 1)).startsWith("WARN: no calendar data for 2024, this year"));
    }
}
