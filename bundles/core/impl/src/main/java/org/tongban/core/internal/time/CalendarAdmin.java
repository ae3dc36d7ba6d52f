package org.tongban.core.internal.time;

import java.util.List;
import org.tongban.core.calendar.CalendarYear;

/** What ops see of the calendar and try before they load a file (REST and shell of this bundle only). */
public interface CalendarAdmin {

    /** The data in force for each year from {@code from} to {@code to}: official or provisional. */
    List<CalendarYear> years(int from, int to);

    /** Files in the ops folder refused at the last reading, each with its line and reason. */
    List<String> refused();

    /**
     * The dry run of a candidate year file: parsed as loading would (a bad file throws IllegalArgumentException naming
     * the line), and what every capability would recompute if it were in force. Writes nothing.
     */
    CalendarPreview preview(int year, List<String> lines);
}
