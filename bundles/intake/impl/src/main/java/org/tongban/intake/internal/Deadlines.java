package org.tongban.intake.internal;

import java.time.LocalDate;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.intake.TimeBudget;

/**
 * The promised date from a time budget rather than a fixed instant: the limit and extensions are counted from the
 * acceptance day (not itself counted), and each working day spent in a special procedure pushes the date one working
 * day on. A running procedure is not counted until it ends. Pure logic over the calendar.
 */
public final class Deadlines {

    private Deadlines() {
    }

    public static LocalDate promised(WorkingDayCalendar calendar, LocalDate acceptedOn, TimeBudget budget) {
        long days = budget.limitDays() + budget.extensionDays() + budget.suspendedDays();
        return calendar.addWorkingDays(acceptedOn, Math.toIntExact(days));
    }

    /** Working days a procedure stopped the clock: those in (startedOn, endedOn]. */
    public static long suspendedDays(WorkingDayCalendar calendar, LocalDate startedOn, LocalDate endedOn) {
        return Math.max(0, calendar.workingDaysBetween(startedOn, endedOn));
    }
}
