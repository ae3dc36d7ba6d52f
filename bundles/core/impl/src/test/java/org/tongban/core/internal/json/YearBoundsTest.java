package org.tongban.core.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class YearBoundsTest {

    record Body(Instant at, LocalDate on, YearMonth month) {
    }

    @Test
    void datesOfTheYears1To9999AreTaken() throws Exception {
        Body b = Json.mapper().readValue("{\"at\":\"2026-11-26T08:00:00Z\",\"on\":\"9999-12-31\",\"month\":\"0001-01\"}", Body.class);
        assertEquals(Instant.parse("2026-11-26T08:00:00Z"), b.at());
        assertEquals(LocalDate.of(9999, 12, 31), b.on());
        assertEquals(YearMonth.of(1, 1), b.month());
    }

    @Test
    void yearsBeyondAreTheClientsFaultNamingTheField() {
        for (String body : new String[] {"{\"at\":\"+999999999-12-31T23:59:59Z\"}", "{\"at\":\"-999999999-01-01T00:00:00Z\"}",
            "{\"on\":\"+10000-01-01\"}", "{\"month\":\"-0001-12\"}"}) {
            InvalidFormatException e = assertThrows(InvalidFormatException.class, () -> Json.mapper().readValue(body, Body.class), body);
            assertTrue(e.getOriginalMessage().contains("between 1 and 9999"), e.getOriginalMessage());
            assertEquals(1, e.getPath().size());
        }
    }
}
