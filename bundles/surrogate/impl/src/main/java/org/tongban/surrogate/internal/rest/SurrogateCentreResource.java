package org.tongban.surrogate.internal.rest;

import org.tongban.core.fault.Fault;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
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
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.RestResource;
import org.tongban.core.rest.Role;
import org.tongban.core.security.CallerPrincipal;
import org.tongban.surrogate.ForwardedCase;
import org.tongban.surrogate.SurrogateCentre;

/**
 * {@code /api/v1/surrogate/forwarded}, on a node that decides cases: the applications points below forwarded here, and
 * the window's record of papers received from a point and results given to it. Published only where intake runs.
 */
@Component(service = RestResource.class)
@Path("v1/surrogate/forwarded")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.CLERK, Role.SUPERVISOR, Role.OPS})
public class SurrogateCentreResource implements RestResource {

    private final SurrogateCentre centre;

    @Activate
    public SurrogateCentreResource(@Reference SurrogateCentre centre) {
        this.centre = centre;
    }

    @GET
    public List<ForwardedCase> list(@QueryParam("status") String status, @QueryParam("limit") @DefaultValue("100") int limit,
                                    @Context SecurityContext sc) {
        return centre.forwarded(CallerPrincipal.of(sc.getUserPrincipal()), status == null || status.isBlank() ? null : status.trim().toUpperCase(), limit);
    }

    @GET
    @Path("{node}/{n}")
    public ForwardedCase get(@PathParam("node") String node, @PathParam("n") String n, @Context SecurityContext sc) {
        String ref = node + "/" + n;
        return centre.forwarded(CallerPrincipal.of(sc.getUserPrincipal()), ref).orElseThrow(() -> Fault.notFound("no application " + ref + " was forwarded to this node"));
    }

    /** {@code {"step": "MATERIALS_TO_CENTRE"|"RESULT_FROM_CENTRE", "items": "...", "receiptRef": "..."}}, by the window clerk. */
    @POST
    @Path("{node}/{n}/handovers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.CLERK)
    public ForwardedCase handOver(@PathParam("node") String node, @PathParam("n") String n, Bodies.HandOverRequest h,
                                  @Context SecurityContext sc) {
        if (h == null) {
            throw Fault.invalid("send {\"step\", \"items\", \"receiptRef\"}");
        }
        return centre.handOver(CallerPrincipal.of(sc.getUserPrincipal()), node + "/" + n, h.step(), h.items(), h.receiptRef());
    }
}
