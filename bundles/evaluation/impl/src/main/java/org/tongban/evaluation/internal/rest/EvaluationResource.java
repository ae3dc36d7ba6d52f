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
import org.tongban.core.rest.LookupLimit;
import org.tongban.core.rest.QueryDates;
import org.tongban.core.rest.Reports;
import org.tongban.core.rest.Public;
import org.tongban.core.rest.RestResource;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.core.security.CallerPrincipal;
import org.tongban.evaluation.Appeal;
import org.tongban.evaluation.AppealStatus;
import org.tongban.evaluation.Dimension;
import org.tongban.evaluation.Evaluation;
import org.tongban.evaluation.Evaluations;
import org.tongban.evaluation.Invitation;
import org.tongban.evaluation.Rectification;
import org.tongban.evaluation.RectificationAnswer;
import org.tongban.evaluation.RectificationStatus;
import org.tongban.evaluation.Review;
import org.tongban.evaluation.Satisfaction;
import org.tongban.evaluation.Statistics;
import org.tongban.evaluation.SweepReport;
import org.tongban.evaluation.TrendPoint;
import org.tongban.evaluation.internal.StatisticsCsv;

/**
 * {@code /api/v1/evaluations}: the applicant's invitation flow (no account: the code is the credential), the window's
 * invitation for the tablet, rectification of bad reviews, appeals, statistics and the window ranking.
 */
@Component(service = RestResource.class)
@Path("v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SUPERVISOR, Role.OPS})
public class EvaluationResource implements RestResource {

    private final LookupLimit lookups = new LookupLimit(10, 15 * 60_000L, System::currentTimeMillis);

    @Context
    private javax.servlet.http.HttpServletRequest http;

    private final Evaluations evaluations;
    private final TongbanClock clock;

    @Activate
    public EvaluationResource(@Reference Evaluations evaluations, @Reference TongbanClock clock) {
        this.evaluations = evaluations;
        this.clock = clock;
    }

    // ---- invitations: the window and the applicant --------------------------------------------------------------

    /**
     * A finished case's invitation. 好差评 belongs to the applicant: the window's staff get the invitation without its
     * code (they cannot evaluate in the applicant's stead); the hall tablet (role tablet) gets the code to put the
     * form in front of the applicant, and the applicant finds it with the receipt's query code.
     */
    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.CLERK, Role.AGENT, Role.SUPERVISOR, Role.OPS, Role.TABLET})
    @org.tongban.core.rest.Answers(value = Invitation.class, status = 201)
    public Response invite(Bodies.InvitationRequest body, @Context SecurityContext security) {
        if (body == null) {
            throw Fault.invalid("send {\"caseNumber\": …}");
        }
        return Response.status(Status.CREATED).entity(evaluations.invite(caller(security), body.caseNumber())).build();
    }

    /**
     * The applicant finds their invitation with the case number and the query code of the receipt (as in the progress
     * query); an address with 10 lookups that matched nothing in 15 minutes waits.
     */
    @GET
    @Path("invitations")
    @Public
    public Invitation findInvitation(@QueryParam("caseNumber") String caseNumber, @QueryParam("code") String code) {
        if (caseNumber == null || code == null) {
            throw Fault.invalid("caseNumber and code (the query code on the receipt) are required");
        }
        String address = address();
        long wait = lookups.waitSeconds(address);
        if (wait > 0) {
            throw LookupLimit.tooMany("invitation lookups", wait);
        }
        return evaluations.invitationFor(caseNumber, code).orElseThrow(() -> {
            lookups.failed(address);
            return Fault.notFound("no invitation for that case number and query code (a case is invited once it is decided)");
        });
    }

    @GET
    @Path("invitations/{code}")
    @Public
    public Invitation invitation(@PathParam("code") String code) {
        String address = address();
        long wait = lookups.waitSeconds(address);
        if (wait > 0) {
            throw LookupLimit.tooMany("invitation lookups", wait);
        }
        return evaluations.invitation(code).orElseThrow(() -> {
            lookups.failed(address);
            return Fault.notFound("no invitation with code " + code);
        });
    }

    /** An evaluation is the applicant's: a request that logs in (staff, the tablet's account) may not give one. */
    private static void applicantOnly(HttpHeaders headers) {
        if (headers.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            throw Fault.forbidden("an evaluation is the applicant's own: it is given with the invitation's code alone,"
                    + " never under a staff account");
        }
    }

    private String address() {
        return http == null ? "?" : http.getRemoteAddr();
    }

    @POST
    @Path("invitations/{code}/evaluation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Public
    @org.tongban.core.rest.Answers(value = ApplicantEvaluation.class, status = 201)
    public Response evaluate(@PathParam("code") String code, Review review, @Context HttpHeaders headers) {
        applicantOnly(headers);
        Evaluation e = evaluations.evaluate(code, review);
        return Response.status(Status.CREATED).entity(ApplicantEvaluation.of(e)).build();
    }

    @POST
    @Path("invitations/{code}/follow-up")
    @Consumes(MediaType.APPLICATION_JSON)
    @Public
    @org.tongban.core.rest.Answers(value = ApplicantEvaluation.class, status = 201)
    public Response followUp(@PathParam("code") String code, Review review, @Context HttpHeaders headers) {
        applicantOnly(headers);
        Evaluation e = evaluations.followUp(code, review);
        return Response.status(Status.CREATED).entity(ApplicantEvaluation.of(e)).build();
    }

    /**
     * The rectification of the applicant's bad review as they see it, to read the department's answer before rating it:
     * its state, the answer once given and whether it may be rated now; nothing of the department's inner work.
     */
    @GET
    @Path("invitations/{code}/rectification")
    @Public
    public RectificationAnswer rectificationAnswer(@PathParam("code") String code) {
        invitation(code);   // an unknown code is refused and counted as a failed lookup, as on the invitation itself
        return evaluations.rectificationAnswer(code).orElseThrow(() -> Fault.notFound(
                "no rectification for this invitation: only a bad review (不满意, 非常不满意) opens one"));
    }

    @POST
    @Path("invitations/{code}/rectification-rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @Public
    public RectificationAnswer rate(@PathParam("code") String code, Bodies.Rating body, @Context HttpHeaders headers) {
        applicantOnly(headers);
        return evaluations.rateRectification(code, body == null ? null : body.rating());
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

    // ---- rectification ----------------------------------------------------------------------------------------

    @GET
    @Path("rectifications")
    @Allowed({Role.SUPERVISOR, Role.OPS, Role.REVIEWER})
    public List<Rectification> rectifications(@QueryParam("status") String status, @QueryParam("department") String department,
                                              @QueryParam("limit") Integer limit, @Context SecurityContext security) {
        return evaluations.rectifications(caller(security), Text.option(RectificationStatus.class, status, "status"),
                department, limit == null ? 200 : limit);
    }

    @GET
    @Path("rectifications/{id: \\d+}")
    @Allowed({Role.SUPERVISOR, Role.OPS, Role.REVIEWER})
    public Rectification rectification(@PathParam("id") long id, @Context SecurityContext security) {
        return evaluations.rectification(caller(security), id).orElseThrow(() -> Fault.notFound("no rectification " + id));
    }

    @POST
    @Path("rectifications/{id: \\d+}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.REVIEWER, Role.SUPERVISOR})
    public Rectification step(@PathParam("id") long id, Bodies.StepRequest body, @Context SecurityContext security) {
        if (body == null) {
            throw Fault.invalid("send {\"step\": VERIFY|RECTIFY|ANSWER|CALL_BACK, \"text\": …}");
        }
        return evaluations.record(caller(security), id, body.step(), body.text());
    }

    @POST
    @Path("rectifications/{id: \\d+}/close")
    @Allowed({Role.REVIEWER, Role.SUPERVISOR})
    public Rectification close(@PathParam("id") long id, @Context SecurityContext security) {
        return evaluations.close(caller(security), id);
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
