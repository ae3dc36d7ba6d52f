package org.tongban.core.internal.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.ProblemException;
import org.tongban.core.rest.QueryDates;
import org.tongban.core.rest.RestResource;
import org.tongban.core.rest.Role;

/** {@code /api/v1/calendar}: is a date a working day, and the due date of a limit in working days. */
@Component(service = RestResource.class)
@Path("v1/calendar")
@Allowed({Role.APPLICANT, Role.CLERK, Role.REVIEWER, Role.AGENT, Role.AGENCY, Role.SUPERVISOR, Role.OPS, Role.NODE})
public class CalendarResource implements RestResource {

    private static final int MAX_DAYS = 1000;
    private final WorkingDayCalendar calendar;

    @Activate
    public CalendarResource(@Reference WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    @GET
    @Path("working-day")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> workingDay(@QueryParam("date") String date) {
        LocalDate d = date(date);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", d);
        body.put("workingDay", calendar.isWorkingDay(d));
        return body;
    }

    @GET
    @Path("add")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> add(@QueryParam("date") String date, @QueryParam("days") String days) {
        LocalDate d = date(date);
        int n = days(days);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", d);
        body.put("days", n);
        body.put("due", calendar.addWorkingDays(d, n));
        return body;
    }

    private static LocalDate date(String text) {
        LocalDate d = QueryDates.date(text, "date", null);
        if (d == null) {
            throw ProblemException.badRequest("query parameter 'date' (YYYY-MM-DD) is required");
        }
        return d;
    }

    private static int days(String text) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.trim());
            if (n < 0 || n > MAX_DAYS) {
                throw ProblemException.badRequest("'days' must be between 0 and " + MAX_DAYS + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("query parameter 'days' (a whole number of working days) is required");
        }
    }
}
