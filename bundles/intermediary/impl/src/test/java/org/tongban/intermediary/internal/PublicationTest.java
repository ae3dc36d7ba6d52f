package org.tongban.intermediary.internal;

import org.tongban.core.rest.FaultProblems;
import org.tongban.core.fault.Fault;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongban.intermediary.internal.MarketFixture.ZONE;
import static org.tongban.intermediary.internal.MarketFixture.at;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tongban.core.calendar.YearTableCalendar;

class PublicationTest {

    private static final YearTableCalendar CALENDAR = MarketFixture.calendar();
    private static final Instant FRIDAY = at(2025, 9, 26, 10);

    @Test
    void theWindowRunsWholeWorkingDaysAfterThePostingDayOnTheCalendar() {
        // DOMAIN.md: from Fri 2025-09-26, 5 working days end with Fri 10-10 (Sun 09-28 works; 10-01…10-08 do not).
        assertEquals(at(2025, 10, 11, 0), Publication.earliestClose(CALENDAR, ZONE, FRIDAY, 5));
        // Posted late on a Monday of a provisional year, the day of posting still does not count.
        assertEquals(at(2027, 3, 9, 0), Publication.earliestClose(CALENDAR, ZONE, at(2027, 3, 1, 23), 5));
        assertEquals(FRIDAY, Publication.earliestClose(CALENDAR, ZONE, FRIDAY, 0));
    }

    @Test
    void aShorterWindowIsRefusedWithTheMinimumAndTheEarliestClose() {
        Instant twoAndAHalfMinutes = FRIDAY.plus(Duration.ofSeconds(150));
        Fault e = assertThrows(Fault.class,
                () -> Publication.require(CALENDAR, ZONE, FRIDAY, 5, twoAndAHalfMinutes));
        assertEquals(422, FaultProblems.status(e));
        assertTrue(FaultProblems.problem(e).type().endsWith("/publication-too-short"));
        assertTrue(e.getMessage().contains("at least 5 whole working days"), e.getMessage());
        assertEquals("2025-10-11T00:00+08:00", e.extensions().get("earliestClose"));
        assertThrows(Fault.class, () -> Publication.require(CALENDAR, ZONE, FRIDAY, 5, at(2025, 10, 10, 23)));
        assertDoesNotThrow(() -> Publication.require(CALENDAR, ZONE, FRIDAY, 5, at(2025, 10, 11, 0)));
    }
}
