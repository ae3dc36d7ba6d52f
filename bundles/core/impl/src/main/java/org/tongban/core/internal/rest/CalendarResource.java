package org.tongban.core.internal.rest;

import org.tongban.core.fault.Fault;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.internal.time.CalendarAdmin;
import org.tongban.core.internal.time.CalendarPreview;
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.QueryDates;
import org.tongban.core.rest.RestResource;
import org.tongban.core.rest.Role;

/**
 * {@code /api/v1/calendar}: is a date a working day, the due date of a limit in working days, the years in force, and
 * (ops) the dry run of a year file. Every date says whether it was computed over a provisional year.
 */
@Component(service = RestResource.class)
@Path("v1/calendar")
@Allowed({Role.APPLICANT, Role.CLERK, Role.REVIEWER, Role.AGENT, Role.AGENCY, Role.SUPERVISOR, Role.OPS, Role.NODE})
public class CalendarResource implements RestResource {

    private static final int MAX_DAYS = 1000;
    private static final int MAX_YEARS = 10;
    private final WorkingDayCalendar calendar;
    private final CalendarAdmin admin;
    private final TongbanClock clock;

    @Activate
    public CalendarResource(@Reference WorkingDayCalendar calendar, @Reference CalendarAdmin admin, @Reference TongbanClock clock) {
        this.calendar = calendar;
        this.admin = admin;
        this.clock = clock;
    }

    @GET
    @Path("working-day")
    @Produces(MediaType.APPLICATION_JSON)
    public CalendarViews.WorkingDay workingDay(@QueryParam("date") String date) {
        LocalDate d = date(date);
        return new CalendarViews.WorkingDay(d, calendar.isWorkingDay(d), !calendar.isOfficial(d.getYear()));
    }

    @GET
    @Path("add")
    @Produces(MediaType.APPLICATION_JSON)
    public CalendarViews.Due add(@QueryParam("date") String date, @QueryParam("days") String days) {
        LocalDate d = date(date);
        int n = days(days);
        LocalDate due = calendar.addWorkingDays(d, n);
        return new CalendarViews.Due(d, n, due, calendar.provisionalBetween(d, due));
    }

    /** The years from {@code from} to {@code to} (default: this year and the next): official or provisional, days off. */
    @GET
    @Path("years")
    @Produces(MediaType.APPLICATION_JSON)
    public CalendarViews.Years years(@QueryParam("from") String from, @QueryParam("to") String to) {
        int first = year(from, clock.today().getYear(), "from");
        int last = year(to, first + 1, "to");
        if (last < first || last - first >= MAX_YEARS) {
            throw Fault.invalid("'to' must be from 'from' to " + (MAX_YEARS - 1) + " years after it");
        }
        return new CalendarViews.Years(admin.years(first, last).stream().map(CalendarViews.Year::of).toList(), admin.refused());
    }

    /**
     * The dry run of a year file (its text as the body, as it would be put into etc/tongban/calendar/YYYY.cal): the days
     * that change and every stored date that would move. Nothing is loaded or written.
     */
    @POST
    @Path("preview")
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.OPS)
    public CalendarViews.Preview preview(@QueryParam("year") String year, byte[] file) {
        int y = year(year, -1, "year");
        if (y < 0) {
            throw Fault.invalid("query parameter 'year' (YYYY, the year the file is for) is required");
        }
        CalendarPreview p;
        try {
            p = admin.preview(y, List.of(new String(file == null ? new byte[0] : file, StandardCharsets.UTF_8).split("\\R", -1)));
        } catch (IllegalArgumentException e) {
            throw Fault.invalid("the file for " + y + " would be refused", List.of(e.getMessage()));
        }
        return CalendarViews.Preview.of(p);
    }

    private static LocalDate date(String text) {
        LocalDate d = QueryDates.date(text, "date", null);
        if (d == null) {
            throw Fault.invalid("query parameter 'date' (YYYY-MM-DD) is required");
        }
        return d;
    }

    private static int year(String text, int fallback, String name) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int y = Integer.parseInt(text.trim());
            if (y < 1901 || y > 2099) {
                throw Fault.invalid("'" + name + "' must be a year from 1901 to 2099, got " + y);
            }
            return y;
        } catch (NumberFormatException e) {
            throw Fault.invalid("'" + name + "' must be a year (YYYY), got '" + text + "'");
        }
    }

    private static int days(String text) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.trim());
            if (n < 0 || n > MAX_DAYS) {
                throw Fault.invalid("'days' must be between 0 and " + MAX_DAYS + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw Fault.invalid("query parameter 'days' (a whole number of working days) is required");
        }
    }
}
