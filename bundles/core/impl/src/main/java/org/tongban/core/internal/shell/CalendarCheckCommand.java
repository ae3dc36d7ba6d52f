package org.tongban.core.internal.shell;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongban.core.calendar.CalendarDataMissingException;
import org.tongban.core.calendar.CalendarYear;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.internal.time.CalendarAdmin;

@Service
@Command(scope = "tongban", name = "calendar-check",
        description = "Lists the calendar years in force (official or provisional) with their working-day counts; with a date (and days), checks it")
public class CalendarCheckCommand implements Action {

    @Reference
    WorkingDayCalendar calendar;

    @Reference
    CalendarAdmin admin;

    @Reference
    TongbanClock clock;

    @Argument(index = 0, name = "date", description = "A date, YYYY-MM-DD", required = false)
    String date;

    @Argument(index = 1, name = "days", description = "Working days to add to the date", required = false)
    Integer days;

    @Override
    public Object execute() {
        int from = calendar.years().isEmpty() ? clock.today().getYear() : Math.min(calendar.years().first(), clock.today().getYear());
        for (CalendarYear y : admin.years(from, clock.today().getYear() + 1)) {
            System.out.printf("%d: %d working days, %s%n", y.year(), y.workingDayCount(),
                    y.provisional() ? "PROVISIONAL (statutory holidays only; add etc/tongban/calendar/" + y.year() + ".cal)" : "official");
        }
        admin.refused().forEach(r -> System.out.println("refused: " + r));
        if (date == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(date);
            System.out.printf("%s (%s) is %s%s%n", d, d.getDayOfWeek(), calendar.isWorkingDay(d) ? "a working day" : "not a working day",
                    calendar.isOfficial(d.getYear()) ? "" : " (provisional)");
            if (days != null) {
                LocalDate due = calendar.addWorkingDays(d, days);
                System.out.printf("%s + %d working day(s) = %s%s%n", d, days, due,
                        calendar.provisionalBetween(d, due) ? " (provisional)" : "");
            }
        } catch (DateTimeParseException e) {
            System.out.println("'" + date + "' is not a date of the form YYYY-MM-DD");
        } catch (CalendarDataMissingException | IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        return null;
    }
}
