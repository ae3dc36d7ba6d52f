package org.tongban.core.internal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongban.core.calendar.CalendarYear;

/** Shipped years plus the ops folder: additions, overrides, edits picked up, broken files survived. */
class CalendarSourcesTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 3, 5);

    @TempDir
    Path folder;

    private final List<String> problems = new ArrayList<>();

    private CalendarSources sources() {
        return new CalendarSources(Map.of(2025, CalendarYear.parse(2025, List.of("holiday 2025-01-01"))), folder, problems::add);
    }

    private void write(String name, String content, long secondsAhead) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(secondsAhead)));
    }

    @Test
    void shippedYearsWithoutAFolder() {
        CalendarSources s = new CalendarSources(Map.of(2025, CalendarYear.parse(2025, List.of())), folder.resolve("missing"), problems::add);
        assertEquals(List.of(2025), List.copyOf(s.current().years()));
        assertTrue(problems.isEmpty());
    }

    @Test
    void aNewYearFileIsPickedUp() throws Exception {
        CalendarSources s = sources();
        assertEquals(List.of(2025), List.copyOf(s.current().years()));
        write("2027.cal", "holiday 2027-01-01\n", 0);
        assertEquals(List.of(2025, 2027), List.copyOf(s.current().years()));
        assertFalse(s.current().isWorkingDay(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void aFolderFileOverridesTheShippedYearAndEditsApply() throws Exception {
        CalendarSources s = sources();
        assertTrue(s.current().isWorkingDay(WEDNESDAY));
        write("2025.cal", "holiday 2025-03-05\n", 1);
        assertFalse(s.current().isWorkingDay(WEDNESDAY));
        write("2025.cal", "holiday 2025-03-06\n", 2);
        assertTrue(s.current().isWorkingDay(WEDNESDAY));
        assertFalse(s.current().isWorkingDay(WEDNESDAY.plusDays(1)));
    }

    @Test
    void aBrokenFileIsReportedAndThePreviousDataKept() throws Exception {
        CalendarSources s = sources();
        write("2025.cal", "holiday 2025-03-05\n", 1);
        assertFalse(s.current().isWorkingDay(WEDNESDAY));
        write("2025.cal", "holiday 2025-03-35\n", 2);
        assertFalse(s.current().isWorkingDay(WEDNESDAY), "last good data still applies");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("bad date"), problems.get(0));
    }

    @Test
    void otherFilesAreIgnored() throws Exception {
        write("notes.cal", "whatever", 0);
        write("2025.cal.bak", "holiday 2025-03-05", 0);
        CalendarSources s = sources();
        assertTrue(s.current().isWorkingDay(WEDNESDAY));
        assertTrue(problems.isEmpty());
    }
}
