package org.tongban.core.internal.time;

import java.time.LocalDate;
import java.util.List;
import org.tongban.core.calendar.DateChange;

/** A dry run of a year file: which days change and which stored dates would move. */
public record CalendarPreview(int year, boolean replacesProvisional, List<LocalDate> newDaysOff, List<LocalDate> newWorkingDays,
                              List<DateChange> changes) {
}
