package org.tongban.evaluation.internal.rest;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.fault.Fault;
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.RestResource;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.core.security.CallerPrincipal;
import org.tongban.core.text.Text;
import org.tongban.evaluation.Evaluations;
import org.tongban.evaluation.Rectification;
import org.tongban.evaluation.RectificationStatus;

/**
 * {@code /api/v1/evaluations/rectifications}: the department's rectification of bad reviews (差评整改), each step
 * recorded and the task closed by its reviewers, read by supervision.
 */
@Component(service = RestResource.class)
@Path("v1/evaluations/rectifications")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SUPERVISOR, Role.OPS})
public class EvaluationRectificationResource implements RestResource {

    private final Evaluations evaluations;

    @Activate
    public EvaluationRectificationResource(@Reference Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @GET
    @Allowed({Role.SUPERVISOR, Role.OPS, Role.REVIEWER})
    public List<Rectification> rectifications(@QueryParam("status") String status, @QueryParam("department") String department,
                                              @QueryParam("limit") Integer limit, @Context SecurityContext security) {
        return evaluations.rectifications(caller(security), Text.option(RectificationStatus.class, status, "status"),
                department, limit == null ? 200 : limit);
    }

    @GET
    @Path("{id: \\d+}")
    @Allowed({Role.SUPERVISOR, Role.OPS, Role.REVIEWER})
    public Rectification rectification(@PathParam("id") long id, @Context SecurityContext security) {
        return evaluations.rectification(caller(security), id).orElseThrow(() -> Fault.notFound("no rectification " + id));
    }

    @POST
    @Path("{id: \\d+}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.REVIEWER, Role.SUPERVISOR})
    public Rectification step(@PathParam("id") long id, Bodies.StepRequest body, @Context SecurityContext security) {
        if (body == null) {
            throw Fault.invalid("send {\"step\": VERIFY|RECTIFY|ANSWER|CALL_BACK, \"text\": …}");
        }
        return evaluations.record(caller(security), id, body.step(), body.text());
    }

    @POST
    @Path("{id: \\d+}/close")
    @Allowed({Role.REVIEWER, Role.SUPERVISOR})
    public Rectification close(@PathParam("id") long id, @Context SecurityContext security) {
        return evaluations.close(caller(security), id);
    }

    private static Caller caller(SecurityContext security) {
        return CallerPrincipal.of(security.getUserPrincipal());
    }
}
