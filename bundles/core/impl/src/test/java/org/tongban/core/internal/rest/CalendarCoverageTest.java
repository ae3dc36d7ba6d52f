package org.tongban.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CalendarCoverageTest {

    private static final TreeSet<Integer> SHIPPED = new TreeSet<>(java.util.List.of(2025, 2026));

    @Test
    void coveredWhileTheDeadlinesOfTheNextMonthsFallInOfficialYears() {
        assertEquals("UP: official 2025-2026", CalendarCoverage.describe(SHIPPED, LocalDate.of(2026, 6, 1)));
        assertEquals("UP: official 2025-2026", CalendarCoverage.describe(SHIPPED, LocalDate.of(2026, 9, 22)));
    }

    @Test
    void warnedInTheAutumnBeforeAProvisionalYear() {
        String w = CalendarCoverage.describe(SHIPPED, LocalDate.of(2026, 11, 26));
        assertTrue(w.startsWith("WARN: 2027 is provisional (official 2025-2026)") && w.contains("etc/tongban/calendar/2027.cal"), w);
    }

    @Test
    void warnedWhenThisYearItselfIsProvisional() {
        assertTrue(CalendarCoverage.describe(SHIPPED, LocalDate.of(2027, 2, 1)).startsWith("WARN: 2027 is provisional"));
        assertTrue(CalendarCoverage.describe(new TreeSet<>(), LocalDate.of(2026, 1, 1))
                .startsWith("WARN: 2026 is provisional (no official year loaded)"));
        assertTrue(CalendarCoverage.describe(SHIPPED, LocalDate.of(2024, 12, 1)).startsWith("WARN: 2024 is provisional"));
    }
}
