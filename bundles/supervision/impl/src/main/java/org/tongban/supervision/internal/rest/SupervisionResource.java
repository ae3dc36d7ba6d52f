package org.tongban.supervision.internal.rest;

import org.tongban.core.text.Text;
import org.tongban.core.fault.Fault;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.QueryDates;
import org.tongban.core.rest.Reports;
import org.tongban.core.rest.RestResource;
import org.tongban.core.rest.Role;
import org.tongban.core.security.CallerPrincipal;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.Context;
import org.tongban.supervision.Bulletin;
import org.tongban.supervision.Card;
import org.tongban.supervision.CardColour;
import org.tongban.supervision.OnTimeRate;
import org.tongban.supervision.OverdueCase;
import org.tongban.supervision.ScanReport;
import org.tongban.supervision.Supervision;
import org.tongban.supervision.internal.BulletinCsv;

/** {@code /api/v1/supervision}: cards, the overdue list, the on-time rate, the monthly bulletin, an on-demand scan. */
@Component(service = RestResource.class)
@Path("v1/supervision")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SUPERVISOR, Role.OPS})
public class SupervisionResource implements RestResource {

    private final Supervision supervision;
    private final TongbanClock clock;

    @Activate
    public SupervisionResource(@Reference Supervision supervision, @Reference TongbanClock clock) {
        this.supervision = supervision;
        this.clock = clock;
    }

    @GET
    @Path("cards")
    @Allowed({Role.SUPERVISOR, Role.OPS, Role.REVIEWER})
    public List<Card> cards(@QueryParam("department") String department, @QueryParam("colour") String colour,
                            @QueryParam("open") Boolean open, @QueryParam("limit") Integer limit,
                            @Context SecurityContext sc) {
        CardColour c = Text.option(CardColour.class, colour, "colour");
        return supervision.cards(CallerPrincipal.of(sc.getUserPrincipal()), department, c, open == null || open, limit == null ? 200 : limit);
    }

    @GET
    @Path("overdue")
    public List<OverdueCase> overdue(@QueryParam("limit") Integer limit, @Context SecurityContext sc) {
        return supervision.overdue(CallerPrincipal.of(sc.getUserPrincipal()), limit == null ? 200 : limit);
    }

    @GET
    @Path("on-time")
    public OnTimeRate onTime(@QueryParam("from") String from, @QueryParam("to") String to, @Context SecurityContext sc) {
        LocalDate today = clock.today();
        LocalDate f = QueryDates.date(from, "from", today.withDayOfMonth(1));
        LocalDate t = QueryDates.date(to, "to", today);
        if (t.isBefore(f)) {
            throw Fault.invalid("to is before from");
        }
        return supervision.onTime(CallerPrincipal.of(sc.getUserPrincipal()), f, t);
    }

    /** JSON, or CSV with {@code format=csv} (or an Accept of text/csv) for the spreadsheet the bulletin is sent out in. */
    @GET
    @Path("bulletin")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @org.tongban.core.rest.Answers(value = Bulletin.class)
    public Response bulletin(@QueryParam("month") String month, @QueryParam("format") String format,
                             @javax.ws.rs.HeaderParam("Accept") String accept, @Context SecurityContext sc) {
        YearMonth m = QueryDates.month(month, "month", YearMonth.from(clock.today()));
        boolean csv = Reports.csv(format, accept);   // a format refused before the bulletin is counted
        Bulletin b = supervision.bulletin(CallerPrincipal.of(sc.getUserPrincipal()), m);
        if (csv) {
            return Response.ok(BulletinCsv.write(b), Reports.CSV).header("Content-Disposition", Reports.attachment("bulletin-" + m))
                    .build();
        }
        return Response.ok(b, MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("scan")
    public ScanReport scan(@Context SecurityContext sc) {
        return supervision.scan(CallerPrincipal.of(sc.getUserPrincipal()));
    }
}
