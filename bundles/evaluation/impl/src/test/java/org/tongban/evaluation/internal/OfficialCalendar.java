package org.tongban.evaluation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tongban.core.calendar.CalendarYear;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.calendar.YearTableCalendar;

/** The 2025 and 2026 calendars the node ships, read from core's resources. */
final class OfficialCalendar {

    private OfficialCalendar() {
    }

    static WorkingDayCalendar load() {
        Path dir = Path.of(System.getProperty("basedir", "."), "../../core/impl/src/main/resources/calendar");
        try {
            return new YearTableCalendar(List.of(
                    CalendarYear.parse(2025, Files.readAllLines(dir.resolve("2025.cal"), StandardCharsets.UTF_8)),
                    CalendarYear.parse(2026, Files.readAllLines(dir.resolve("2026.cal"), StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
