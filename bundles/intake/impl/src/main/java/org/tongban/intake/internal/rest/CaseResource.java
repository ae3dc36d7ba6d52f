package org.tongban.intake.internal.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.Problem;
import org.tongban.core.rest.ProblemException;
import org.tongban.core.rest.RestResource;
import org.tongban.core.rest.Role;
import org.tongban.intake.Application;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.CaseView;
import org.tongban.intake.Intake;
import org.tongban.intake.SubmittedMaterial;
import org.tongban.intake.TimelineEntry;

/** {@code /api/v1/cases}: submit an application, supplement it, move the case along, read it and its timeline. */
@Component(service = RestResource.class)
@Path("v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.CLERK, Role.REVIEWER, Role.AGENT, Role.SUPERVISOR, Role.OPS})
public class CaseResource implements RestResource {

    /** The body of a supplement (补正). */
    public record Supplement(List<SubmittedMaterial> materials) {
    }

    /** The body of a lifecycle move: the target status and the opinion that goes with it. */
    public record Move(CaseStatus to, String opinion) {
    }

    /** Who may make each move: window staff take cases in, pass them on and hand results out; reviewers decide. */
    private static final Map<CaseStatus, Set<String>> MOVERS = Map.of(
            CaseStatus.RECEIVED, Set.of("clerk"), CaseStatus.DISPATCHED, Set.of("clerk", "reviewer"),
            CaseStatus.UNDER_REVIEW, Set.of("reviewer"), CaseStatus.DECIDED, Set.of("reviewer"),
            CaseStatus.DELIVERED, Set.of("clerk", "agent"), CaseStatus.REFUSED, Set.of("clerk"));

    private final Intake intake;

    @Activate
    public CaseResource(@Reference Intake intake) {
        this.intake = intake;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.CLERK, Role.AGENT, Role.APPLICANT})
    public Response submit(Application application, @Context SecurityContext security) {
        if (application == null) {
            throw ProblemException.badRequest("send the application as JSON");
        }
        CaseView view = intake.submit(application, security.getUserPrincipal().getName(), role(security));
        return Response.created(URI.create("/api/v1/cases/" + view.caseNumber())).entity(view).build();
    }

    @GET
    @Path("{number}")
    public CaseView get(@PathParam("number") String number) {
        return intake.find(number).orElseThrow(() -> ProblemException.notFound("no case " + number));
    }

    @POST
    @Path("{number}/supplement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.CLERK, Role.AGENT, Role.APPLICANT})
    public CaseView supplement(@PathParam("number") String number, Supplement body, @Context SecurityContext security) {
        if (body == null || body.materials() == null || body.materials().isEmpty()) {
            throw ProblemException.badRequest("a supplement lists at least one material");
        }
        return intake.supplement(number, body.materials(), security.getUserPrincipal().getName(), role(security));
    }

    @POST
    @Path("{number}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.CLERK, Role.REVIEWER, Role.AGENT})
    public CaseView move(@PathParam("number") String number, Move move, @Context SecurityContext security) {
        if (move == null || move.to() == null) {
            throw ProblemException.badRequest("name the status to move to: {\"to\": \"RECEIVED\", \"opinion\": \"...\"}");
        }
        Set<String> movers = MOVERS.getOrDefault(move.to(), Set.of());
        if (movers.stream().noneMatch(security::isUserInRole)) {
            throw new ProblemException(Problem.of(403, "forbidden", "Forbidden",
                    "moving a case to " + move.to() + " needs one of the roles " + movers));
        }
        return intake.transition(number, move.to(), move.opinion(), security.getUserPrincipal().getName(), role(security));
    }

    @GET
    @Path("{number}/timeline")
    public List<TimelineEntry> timeline(@PathParam("number") String number) {
        List<TimelineEntry> timeline = intake.timeline(number);
        if (timeline.isEmpty()) {
            throw ProblemException.notFound("no case " + number);
        }
        return timeline;
    }

    private static String role(SecurityContext security) {
        for (Role r : Role.values()) {
            if (security.isUserInRole(r.realmName())) {
                return r.realmName();
            }
        }
        return "";
    }
}
