package org.tongban.evaluation.internal.rest;

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
import org.tongban.core.fault.Fault;
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.LookupLimit;
import org.tongban.core.rest.Public;
import org.tongban.core.rest.RestResource;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.core.security.CallerPrincipal;
import org.tongban.evaluation.Evaluation;
import org.tongban.evaluation.Evaluations;
import org.tongban.evaluation.Invitation;
import org.tongban.evaluation.RectificationAnswer;
import org.tongban.evaluation.Review;

/**
 * {@code /api/v1/evaluations/invitations}: the window's invitation for the tablet, and the applicant's invitation flow
 * (no account: the code is the credential), from finding the invitation to rating the answer to a bad review. Lookups
 * by code are limited per address.
 */
@Component(service = RestResource.class)
@Path("v1/evaluations/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SUPERVISOR, Role.OPS})
public class EvaluationInvitationResource implements RestResource {

    private final LookupLimit lookups = new LookupLimit(10, 15 * 60_000L, System::currentTimeMillis);

    @Context
    private javax.servlet.http.HttpServletRequest http;

    private final Evaluations evaluations;

    @Activate
    public EvaluationInvitationResource(@Reference Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    /**
     * A finished case's invitation. 好差评 belongs to the applicant: the window's staff get the invitation without its
     * code (they cannot evaluate in the applicant's stead); the hall tablet (role tablet) gets the code to put the
     * form in front of the applicant, and the applicant finds it with the receipt's query code.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.CLERK, Role.AGENT, Role.SUPERVISOR, Role.OPS, Role.TABLET})
    @org.tongban.core.rest.Answers(value = Invitation.class, status = 201)
    public Response invite(Bodies.InvitationRequest body, @Context SecurityContext security) {
        if (body == null) {
            throw Fault.invalid("send {\"caseNumber\": …}");
        }
        Caller caller = CallerPrincipal.of(security.getUserPrincipal());
        return Response.status(Status.CREATED).entity(evaluations.invite(caller, body.caseNumber())).build();
    }

    /**
     * The applicant finds their invitation with the case number and the query code of the receipt (as in the progress
     * query); an address with 10 lookups that matched nothing in 15 minutes waits.
     */
    @GET
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
    @Path("{code}")
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
    @Path("{code}/evaluation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Public
    @org.tongban.core.rest.Answers(value = ApplicantEvaluation.class, status = 201)
    public Response evaluate(@PathParam("code") String code, Review review, @Context HttpHeaders headers) {
        applicantOnly(headers);
        Evaluation e = evaluations.evaluate(code, review);
        return Response.status(Status.CREATED).entity(ApplicantEvaluation.of(e)).build();
    }

    @POST
    @Path("{code}/follow-up")
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
    @Path("{code}/rectification")
    @Public
    public RectificationAnswer rectificationAnswer(@PathParam("code") String code) {
        invitation(code);   // an unknown code is refused and counted as a failed lookup, as on the invitation itself
        return evaluations.rectificationAnswer(code).orElseThrow(() -> Fault.notFound(
                "no rectification for this invitation: only a bad review (不满意, 非常不满意) opens one"));
    }

    @POST
    @Path("{code}/rectification-rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @Public
    public RectificationAnswer rate(@PathParam("code") String code, Bodies.Rating body, @Context HttpHeaders headers) {
        applicantOnly(headers);
        return evaluations.rateRectification(code, body == null ? null : body.rating());
    }
}
