package org.tongban.supervision.internal;

import java.time.LocalDate;
import org.tongban.core.calendar.WorkingDayCalendar;

/**
 * The dates a scan judges by. A case is overdue by the working days in (due, today]: so it is at least k days
 * overdue exactly when its due date is before the k-th working day counted back from today (today included when it
 * is one). A warning goes out while the due date is within {@code warnDays} working days ahead. Pure logic.
 */
public record Thresholds(LocalDate today, LocalDate yellowBefore, LocalDate redBefore, LocalDate warnUntil) {

    public static Thresholds on(WorkingDayCalendar calendar, LocalDate today, int warnDays, int yellowAfter, int redAfter) {
        if (yellowAfter < 1 || redAfter <= yellowAfter) {
            throw new IllegalArgumentException("thresholds must be 1 <= yellow < red working days, not " + yellowAfter + "/" + redAfter);
        }
        return new Thresholds(today, workingDayBack(calendar, today, yellowAfter), workingDayBack(calendar, today, redAfter),
                calendar.addWorkingDays(today, Math.max(0, warnDays)));
    }

    /** The k-th working day counted back from {@code day}, {@code day} itself being the first when it is one. */
    static LocalDate workingDayBack(WorkingDayCalendar calendar, LocalDate day, int k) {
        LocalDate d = day;
        int found = 0;
        while (true) {
            if (calendar.isWorkingDay(d) && ++found == k) {
                return d;
            }
            d = d.minusDays(1);
        }
    }

    /** Working days a case due on {@code due} is overdue today (0 when not). */
    public static long overdue(WorkingDayCalendar calendar, LocalDate due, LocalDate today) {
        return Math.max(0, calendar.workingDaysBetween(due, today));
    }
}
