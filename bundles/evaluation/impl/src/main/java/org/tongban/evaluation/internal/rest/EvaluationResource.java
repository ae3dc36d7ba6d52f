package org.tongban.evaluation.internal.rest;

import org.tongban.core.fault.Fault;
import org.tongban.core.text.Text;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.Response.Status;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.QueryDates;
import org.tongban.core.rest.Reports;
import org.tongban.core.rest.RestResource;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.core.security.CallerPrincipal;
import org.tongban.evaluation.Appeal;
import org.tongban.evaluation.AppealStatus;
import org.tongban.evaluation.Dimension;
import org.tongban.evaluation.Evaluation;
import org.tongban.evaluation.Evaluations;
import org.tongban.evaluation.Satisfaction;
import org.tongban.evaluation.Statistics;
import org.tongban.evaluation.SweepReport;
import org.tongban.evaluation.TrendPoint;
import org.tongban.evaluation.internal.StatisticsCsv;

/**
 * {@code /api/v1/evaluations}: the staff's reading of evaluations, appeals against bad ones, statistics, the window
 * ranking and the sweep. The invitations and the applicant's flow are {@link EvaluationInvitationResource}'s, the
 * rectification of bad reviews {@link EvaluationRectificationResource}'s.
 */
@Component(service = RestResource.class)
@Path("v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SUPERVISOR, Role.OPS})
public class EvaluationResource implements RestResource {

    private final Evaluations evaluations;
    private final TongbanClock clock;

    @Activate
    public EvaluationResource(@Reference Evaluations evaluations, @Reference TongbanClock clock) {
        this.evaluations = evaluations;
        this.clock = clock;
    }

    // ---- evaluations ------------------------------------------------------------------------------------------

    @GET
    @Allowed({Role.SUPERVISOR, Role.OPS, Role.CLERK, Role.REVIEWER})
    public List<Evaluation> list(@QueryParam("caseNumber") String caseNumber, @QueryParam("department") String department,
                                 @QueryParam("level") String level, @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("limit") Integer limit, @Context SecurityContext security) {
        return evaluations.list(caller(security), caseNumber, department, Text.option(Satisfaction.class, level, "level"),
                QueryDates.date(from, "from", null), QueryDates.date(to, "to", null), limit == null ? 200 : limit);
    }

    private static Caller caller(SecurityContext security) {
        return CallerPrincipal.of(security.getUserPrincipal());
    }

    @GET
    @Path("{id: \\d+}")
    @Allowed({Role.SUPERVISOR, Role.OPS, Role.CLERK, Role.REVIEWER})
    public Evaluation get(@PathParam("id") long id, @Context SecurityContext security) {
        return evaluations.find(caller(security), id).orElseThrow(() -> Fault.notFound("no evaluation " + id));
    }

    @POST
    @Path("{id: \\d+}/appeals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.CLERK, Role.REVIEWER, Role.SUPERVISOR})
    @org.tongban.core.rest.Answers(value = Appeal.class, status = 201)
    public Response appeal(@PathParam("id") long id, Bodies.AppealRequest body, @Context SecurityContext security) {
        Appeal a = evaluations.appeal(caller(security), id, body == null ? null : body.reason());
        return Response.status(Status.CREATED).header(HttpHeaders.LOCATION, "/api/v1/evaluations/appeals/" + a.id())
                .entity(a).build();
    }

    @GET
    @Path("appeals")
    public List<Appeal> appeals(@QueryParam("status") String status, @QueryParam("limit") Integer limit,
                                @Context SecurityContext security) {
        return evaluations.appeals(caller(security), Text.option(AppealStatus.class, status, "status"), limit == null ? 200 : limit);
    }

    /** One appeal with its decision, as the list gives it (the hall's page of an appeal to decide). */
    @GET
    @Path("appeals/{id: \\d+}")
    public Appeal appealById(@PathParam("id") long id, @Context SecurityContext security) {
        return evaluations.findAppeal(caller(security), id).orElseThrow(() -> Fault.notFound("no appeal " + id));
    }

    @POST
    @Path("appeals/{id: \\d+}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.SUPERVISOR)
    public Appeal decide(@PathParam("id") long id, Bodies.AppealDecision body, @Context SecurityContext security) {
        if (body == null || body.uphold() == null) {
            throw Fault.invalid("send {\"uphold\": true|false, \"decision\": …}");
        }
        return evaluations.decideAppeal(caller(security), id, body.uphold(), body.decision());
    }

    // ---- statistics -------------------------------------------------------------------------------------------

    /** Satisfaction by window, clerk, department, item or node; JSON, or CSV with format=csv or Accept: text/csv. */
    @GET
    @Path("statistics")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @org.tongban.core.rest.Answers(value = Statistics.class)
    public Response statistics(@QueryParam("by") String by, @QueryParam("from") String from, @QueryParam("to") String to,
                               @QueryParam("format") String format, @HeaderParam("Accept") String accept,
                               @Context SecurityContext security) {
        Dimension d = by == null || by.isBlank() ? Dimension.DEPARTMENT : Text.option(Dimension.class, by, "by");
        LocalDate[] period = period(from, to);
        boolean csv = Reports.csv(format, accept);   // a format refused before anything is counted
        Statistics s = evaluations.statistics(caller(security), d, period[0], period[1]);
        return csv
                ? csvResponse(StatisticsCsv.write(s), "satisfaction-" + d.name().toLowerCase())
                : Response.ok(s).build();
    }

    /**
     * Windows (or, with by, clerks, departments, items, nodes) ranked by satisfaction rate, equal rates sharing a rank;
     * cases without a group and groups without a rate come in unranked.
     */
    @GET
    @Path("ranking")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @org.tongban.core.rest.Answers(value = Statistics.class)
    public Response ranking(@QueryParam("by") String by, @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("format") String format, @HeaderParam("Accept") String accept,
                            @Context SecurityContext security) {
        Dimension d = by == null || by.isBlank() ? Dimension.WINDOW : Text.option(Dimension.class, by, "by");
        LocalDate[] period = period(from, to);
        boolean csv = Reports.csv(format, accept);
        Statistics s = evaluations.ranking(caller(security), d, period[0], period[1]);
        return csv ? csvResponse(StatisticsCsv.write(s), d.name().toLowerCase() + "-ranking") : Response.ok(s).build();
    }

    @GET
    @Path("trend")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @org.tongban.core.rest.Answers(value = TrendPoint.class, list = true)
    public Response trend(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("by") String by,
                          @QueryParam("key") String key, @QueryParam("format") String format, @HeaderParam("Accept") String accept,
                          @Context SecurityContext security) {
        YearMonth now = YearMonth.from(clock.today());
        YearMonth t = QueryDates.month(to, "to", now);
        YearMonth f = QueryDates.month(from, "from", t.minusMonths(11));
        if (t.isBefore(f) || f.plusYears(5).isBefore(t)) {
            throw Fault.invalid("from must not be after to, and a trend spans at most five years");
        }
        Dimension d = by == null || by.isBlank() ? null : Text.option(Dimension.class, by, "by");
        if ((d == null) != (key == null || key.isBlank())) {
            throw Fault.invalid("by and key go together (e.g. by=department&key=<credit code>), or neither");
        }
        boolean csv = Reports.csv(format, accept);
        List<TrendPoint> points = evaluations.trend(caller(security), f, t, d, key);
        return csv
                ? csvResponse(StatisticsCsv.write(points), "satisfaction-trend")
                : Response.ok(points).build();
    }

    @POST
    @Path("sweep")
    public SweepReport sweep() {
        return evaluations.sweep();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private LocalDate[] period(String from, String to) {
        LocalDate today = clock.today();
        LocalDate f = QueryDates.date(from, "from", today.withDayOfMonth(1));
        LocalDate t = QueryDates.date(to, "to", today);
        if (t.isBefore(f)) {
            throw Fault.invalid("to is before from");
        }
        return new LocalDate[] {f, t};
    }

    private static Response csvResponse(String body, String name) {
        return Response.ok(body, Reports.CSV).header("Content-Disposition", Reports.attachment(name)).build();
    }
}
