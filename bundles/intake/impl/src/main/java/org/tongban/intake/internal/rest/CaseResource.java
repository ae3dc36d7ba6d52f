package org.tongban.intake.internal.rest;

import org.tongban.core.text.Text;
import org.tongban.core.fault.Fault;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
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
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.RestResource;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.core.security.CallerPrincipal;
import org.tongban.intake.Application;
import org.tongban.intake.CaseMaterial;
import org.tongban.intake.CaseResult;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.CaseView;
import org.tongban.intake.Delivery;
import org.tongban.intake.Intake;
import org.tongban.intake.IntakeCheck;
import org.tongban.intake.MaterialScan;
import org.tongban.intake.ReviewDecision;
import org.tongban.intake.SpecialProcedure;
import org.tongban.intake.SubmittedMaterial;
import org.tongban.intake.TimelineEntry;
import org.tongban.intake.internal.CaseTexts;

/**
 * {@code /api/v1/cases}: pre-review and submit an application, supplement or refuse it, move it through the window,
 * let departments review it, suspend, resume and extend its clock, record its result, deliver it; read it, its queue
 * and its timeline. Each path names the roles that may use it.
 */
@Component(service = RestResource.class)
@Path("v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.CLERK, Role.REVIEWER, Role.AGENT, Role.SUPERVISOR, Role.OPS})
public class CaseResource implements RestResource {

    /** The body of a supplement (补正). */
    public record Supplement(List<SubmittedMaterial> materials) {
    }

    /** The body of a window move: the target status (RECEIVED or DISPATCHED) and a note. */
    public record Move(CaseStatus to, String opinion) {
    }

    /** The body of a refusal, a suspension, an extension. */
    public record Reason(String reason) {
    }

    /**
     * The body of a review: the department, APPROVE, REJECT (不予许可: final; reasons in the opinion, the legal basis
     * or the item's) or RETURN (to the window), the opinion and, for a rejection, the legal basis.
     */
    public record Review(String department, ReviewDecision decision, String opinion, String legalBasis) {
    }

    /** The body of a post-approval check (事后核查): whether the commitment held, and what was found (required when not). */
    public record PostCheck(Boolean passed, String finding) {
    }

    public record Suspend(SpecialProcedure procedure, String reason) {
    }

    public record Extend(Integer days, String reason) {
    }

    private final Intake intake;

    /** The request's headers (a proxy CXF points at the current request): Accept-Language picks staff's language. */
    @Context
    private HttpHeaders headers;

    @Activate
    public CaseResource(@Reference Intake intake) {
        this.intake = intake;
    }

    @POST
    @Path("pre-review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.CLERK, Role.AGENT, Role.APPLICANT})
    public IntakeCheck preReview(Application application) {
        return intake.preReview(required(application, "send the application as JSON"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.CLERK, Role.AGENT, Role.APPLICANT})
    @org.tongban.core.rest.Answers(value = CaseView.class, status = 201)
    public Response submit(Application application, @Context SecurityContext security) {
        CaseView view = texts(security, intake.submit(caller(security), required(application, "send the application as JSON")));
        // Location as a relative reference (RFC 9110 10.2.2): Response.created() resolves it against a base URI CXF
        // builds anew for every answer, 5% of the node's CPU in the intake benchmark.
        return Response.status(Status.CREATED).header(HttpHeaders.LOCATION, "/api/v1/cases/" + view.caseNumber())
                .entity(view).build();
    }

    /** The caller's cases: staff their queue in scope, an applicant's account its own applications (网上办事). */
    @GET
    @Allowed({Role.CLERK, Role.REVIEWER, Role.AGENT, Role.SUPERVISOR, Role.OPS, Role.APPLICANT})
    public List<CaseView> queue(@QueryParam("status") String status, @QueryParam("limit") Integer limit,
                                @Context SecurityContext security) {
        CaseStatus s = Text.option(CaseStatus.class, status, "status");
        Locale language = language(security);
        return intake.list(caller(security), s, limit == null ? 100 : limit).stream().map(v -> CaseTexts.in(v, language)).toList();
    }

    @GET
    @Path("{number}")
    @Allowed({Role.CLERK, Role.REVIEWER, Role.AGENT, Role.SUPERVISOR, Role.OPS, Role.APPLICANT})
    public CaseView get(@PathParam("number") String number, @Context SecurityContext security) {
        return texts(security, intake.find(caller(security), number).orElseThrow(() -> Fault.notFound("no case " + number)));
    }

    /** The materials handed in (the case view lists them too), with their e-certificate references and stored scans. */
    @GET
    @Path("{number}/materials")
    @Allowed({Role.CLERK, Role.REVIEWER, Role.AGENT, Role.SUPERVISOR, Role.OPS, Role.APPLICANT})
    public List<CaseMaterial> materials(@PathParam("number") String number, @Context SecurityContext security) {
        return get(number, security).materials();
    }

    /** The stored scan of one material, by the case number and the material's id in the case view (no personal data). */
    @GET
    @Path("{number}/materials/{id}/scan")
    @Produces(MediaType.WILDCARD)
    @Allowed({Role.CLERK, Role.REVIEWER, Role.AGENT, Role.SUPERVISOR, Role.OPS, Role.APPLICANT})
    public Response scan(@PathParam("number") String number, @PathParam("id") int id, @Context SecurityContext security) {
        MaterialScan scan = intake.scan(caller(security), number, id).orElseThrow(() -> Fault.notFound("no case " + number));
        return Response.ok(scan.content(), scan.file().contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(scan.file().fileName(),
                        StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-SHA256", scan.file().sha256()).build();
    }

    @POST
    @Path("{number}/supplement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.CLERK, Role.AGENT, Role.APPLICANT})
    public CaseView supplement(@PathParam("number") String number, Supplement body, @Context SecurityContext security) {
        if (body == null || body.materials() == null || body.materials().isEmpty()) {
            throw Fault.invalid("a supplement lists at least one material");
        }
        return texts(security, intake.supplement(caller(security), number, body.materials()));
    }

    @POST
    @Path("{number}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.CLERK)
    public CaseView refuse(@PathParam("number") String number, Reason body, @Context SecurityContext security) {
        return texts(security, intake.refuse(caller(security), number, body == null ? null : body.reason()));
    }

    @POST
    @Path("{number}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.CLERK)
    public CaseView move(@PathParam("number") String number, Move move, @Context SecurityContext security) {
        if (move == null || move.to() == null) {
            throw Fault.invalid("name the status to move to: {\"to\": \"RECEIVED\", \"opinion\": \"...\"}");
        }
        return texts(security, intake.transition(caller(security), number, move.to(), move.opinion()));
    }

    @POST
    @Path("{number}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.REVIEWER)
    public CaseView review(@PathParam("number") String number, Review body, @Context SecurityContext security) {
        if (body == null || body.department() == null || body.decision() == null) {
            throw Fault.invalid("a review names the department (its credit code) and the decision: APPROVE, REJECT or RETURN");
        }
        return texts(security, intake.review(caller(security), number, body.department(), body.decision(), body.opinion(), body.legalBasis()));
    }

    @POST
    @Path("{number}/post-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.REVIEWER)
    public CaseView postCheck(@PathParam("number") String number, PostCheck body, @Context SecurityContext security) {
        if (body == null || body.passed() == null) {
            throw Fault.invalid("a post-approval check says whether the commitment held: {\"passed\": false, \"finding\": \"...\"}");
        }
        return texts(security, intake.recordPostCheck(caller(security), number, body.passed(), body.finding()));
    }

    @POST
    @Path("{number}/suspensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.REVIEWER)
    public CaseView suspend(@PathParam("number") String number, Suspend body, @Context SecurityContext security) {
        return texts(security, intake.suspend(caller(security), number, body == null ? null : body.procedure(), body == null ? null : body.reason()));
    }

    @POST
    @Path("{number}/resumption")
    @Allowed(Role.REVIEWER)
    public CaseView resume(@PathParam("number") String number, @Context SecurityContext security) {
        return texts(security, intake.resume(caller(security), number));
    }

    @POST
    @Path("{number}/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.REVIEWER)
    public CaseView extend(@PathParam("number") String number, Extend body, @Context SecurityContext security) {
        if (body == null || body.days() == null) {
            throw Fault.invalid("an extension names its working days and reason: {\"days\": 5, \"reason\": \"...\"}");
        }
        return texts(security, intake.extend(caller(security), number, body.days(), body.reason()));
    }

    @POST
    @Path("{number}/result")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.REVIEWER)
    public CaseView result(@PathParam("number") String number, CaseResult body, @Context SecurityContext security) {
        return texts(security, intake.complete(caller(security), number, body));
    }

    @POST
    @Path("{number}/delivery")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.CLERK, Role.AGENT})
    public CaseView deliver(@PathParam("number") String number, Delivery body, @Context SecurityContext security) {
        return texts(security, intake.deliver(caller(security), number, body));
    }

    @GET
    @Path("{number}/timeline")
    public List<TimelineEntry> timeline(@PathParam("number") String number, @Context SecurityContext security) {
        List<TimelineEntry> timeline = intake.timeline(caller(security), number);
        if (timeline.isEmpty()) {
            throw Fault.notFound("no case " + number);
        }
        return timeline;
    }

    /** The view in the reader's language: staff may ask for English (Accept-Language); applicants read Chinese. */
    private CaseView texts(SecurityContext security, CaseView view) {
        return CaseTexts.in(view, language(security));
    }

    private Locale language(SecurityContext security) {
        return CaseTexts.language(caller(security), headers == null ? null : headers.getAcceptableLanguages());
    }

    private static Caller caller(SecurityContext security) {
        return CallerPrincipal.of(security.getUserPrincipal());
    }

    private static <T> T required(T body, String message) {
        if (body == null) {
            throw Fault.invalid(message);
        }
        return body;
    }
}
