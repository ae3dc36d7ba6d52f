package org.tongban.core.internal.shell;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongban.core.calendar.CalendarDataMissingException;
import org.tongban.core.calendar.WorkingDayCalendar;

@Service
@Command(scope = "tongban", name = "calendar-check",
        description = "Lists the calendar years loaded with their working-day counts; with a date (and days), checks it")
public class CalendarCheckCommand implements Action {

    @Reference
    WorkingDayCalendar calendar;

    @Argument(index = 0, name = "date", description = "A date, YYYY-MM-DD", required = false)
    String date;

    @Argument(index = 1, name = "days", description = "Working days to add to the date", required = false)
    Integer days;

    @Override
    public Object execute() {
        for (int year : calendar.years()) {
            long count = calendar.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
            System.out.printf("%d: %d working days%n", year, count);
        }
        if (date == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(date);
            System.out.printf("%s (%s) is %s%n", d, d.getDayOfWeek(), calendar.isWorkingDay(d) ? "a working day" : "not a working day");
            if (days != null) {
                System.out.printf("%s + %d working day(s) = %s%n", d, days, calendar.addWorkingDays(d, days));
            }
        } catch (DateTimeParseException e) {
            System.out.println("'" + date + "' is not a date of the form YYYY-MM-DD");
        } catch (CalendarDataMissingException | IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        return null;
    }
}
