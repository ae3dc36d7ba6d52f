package org.tongban.surrogate.internal.rest;

import org.tongban.core.text.Text;
import org.tongban.core.fault.Fault;
import java.util.List;
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
import org.tongban.core.NodeLevel;
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.RestResource;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.core.security.CallerPrincipal;
import org.tongban.surrogate.Agent;
import org.tongban.surrogate.Fee;
import org.tongban.surrogate.OnBehalfCase;
import org.tongban.surrogate.OnBehalfRequest;
import org.tongban.surrogate.Surrogate;
import org.tongban.surrogate.Workload;
import org.tongban.surrogate.WorkloadBy;

/**
 * {@code /api/v1/surrogate}: the agent network, on-behalf cases (an agent's own, or a supervisor's view of all), fees,
 * submission up to the deciding node, the hand-over ledger, free services, workload figures of the network. A case's reference is
 * {@code <node id>/<n>}, in paths as two segments.
 */
@Component(service = RestResource.class)
@Path("v1/surrogate")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SUPERVISOR, Role.OPS})
public class SurrogateResource implements RestResource {

    private final Surrogate surrogate;

    @Activate
    public SurrogateResource(@Reference Surrogate surrogate) {
        this.surrogate = surrogate;
    }

    @POST
    @Path("agents")
    @Consumes(MediaType.APPLICATION_JSON)
    @org.tongban.core.rest.Answers(value = Agent.class, status = 201)
    public Response register(Bodies.AgentRequest a, @Context SecurityContext sc) {
        if (a == null) {
            throw Fault.invalid("send {\"account\", \"name\", \"mobile\", \"pointCode\", \"pointName\"}");
        }
        Agent agent = surrogate.registerAgent(caller(sc), a.account(), a.name(), a.mobile(), a.pointCode(), a.pointName());
        return Response.status(201).entity(agent).build();
    }

    @GET
    @Path("network")
    @Allowed({Role.SUPERVISOR, Role.OPS, Role.AGENT})
    public List<Agent> network(@QueryParam("level") String level, @QueryParam("division") String division,
                               @Context SecurityContext sc) {
        NodeLevel l = Text.option(NodeLevel.class, level, "level");
        return surrogate.network(caller(sc), l, division);
    }

    @POST
    @Path("cases")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.AGENT)
    @org.tongban.core.rest.Answers(value = OnBehalfCase.class, status = 201)
    public Response open(OnBehalfRequest r, @Context SecurityContext sc) {
        OnBehalfCase k = surrogate.open(caller(sc), r);
        return Response.status(Status.CREATED).header(HttpHeaders.LOCATION, "/api/v1/surrogate/cases/" + k.ref())
                .entity(k).build();
    }

    /** An agent sees their point's cases; a supervisor of the node's division (or above) and ops every case of the node. */
    @GET
    @Path("cases")
    @Allowed({Role.AGENT, Role.SUPERVISOR, Role.OPS})
    public List<OnBehalfCase> list(@QueryParam("greenChannel") Boolean green, @Context SecurityContext sc) {
        return surrogate.list(caller(sc), green != null && green);
    }

    @GET
    @Path("cases/{node}/{n}")
    @Allowed({Role.AGENT, Role.SUPERVISOR, Role.OPS})
    public OnBehalfCase get(@PathParam("node") String node, @PathParam("n") String n, @Context SecurityContext sc) {
        return surrogate.find(caller(sc), node + "/" + n).orElseThrow(() -> Fault.notFound("no on-behalf case " + node + "/" + n));
    }

    @POST
    @Path("cases/{node}/{n}/fees")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.AGENT)
    public OnBehalfCase fee(@PathParam("node") String node, @PathParam("n") String n, Fee fee, @Context SecurityContext sc) {
        return surrogate.addFee(caller(sc), node + "/" + n, fee);
    }

    @POST
    @Path("cases/{node}/{n}/submission")
    @Allowed(Role.AGENT)
    public OnBehalfCase submit(@PathParam("node") String node, @PathParam("n") String n, @Context SecurityContext sc) {
        return surrogate.submit(caller(sc), node + "/" + n);
    }

    /** The answer to the deciding node's deficiency notice: {@code {"materials": [...]}}. */
    @POST
    @Path("cases/{node}/{n}/supplement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.AGENT)
    public OnBehalfCase supplement(@PathParam("node") String node, @PathParam("n") String n, Bodies.Supplement body,
                                   @Context SecurityContext sc) {
        return surrogate.supplement(caller(sc), node + "/" + n, body == null ? null : body.materials());
    }

    @POST
    @Path("cases/{node}/{n}/handovers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.AGENT)
    public OnBehalfCase handOver(@PathParam("node") String node, @PathParam("n") String n, Bodies.HandOverRequest h,
                                 @Context SecurityContext sc) {
        if (h == null) {
            throw Fault.invalid("send {\"step\", \"items\", \"receiptRef\"}");
        }
        return surrogate.handOver(caller(sc), node + "/" + n, h.step(), h.items(), h.receiptRef());
    }

    /** A free service given on the case: {@code {"kind": "COPY"|"MAILING", "quantity": n, "detail": "..."}}. */
    @POST
    @Path("cases/{node}/{n}/free-services")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.AGENT)
    public OnBehalfCase freeService(@PathParam("node") String node, @PathParam("n") String n, Bodies.FreeServiceRequest f,
                                    @Context SecurityContext sc) {
        if (f == null) {
            throw Fault.invalid("send {\"kind\": \"COPY\" or \"MAILING\", \"quantity\", \"detail\"}");
        }
        return surrogate.provide(caller(sc), node + "/" + n, f.kind(), f.quantity() == null ? 0 : f.quantity(), f.detail());
    }

    /**
     * Figures over every on-behalf case this node knows (its points' and those below it): {@code by=agent|point|level},
     * optionally {@code division=} a division code prefix.
     */
    @GET
    @Path("workload")
    public List<Workload> workload(@QueryParam("by") String by, @QueryParam("division") String division,
                                   @Context SecurityContext sc) {
        WorkloadBy grouping;
        WorkloadBy chosen = Text.option(WorkloadBy.class, by, "by");
        grouping = chosen == null ? WorkloadBy.AGENT : chosen;
        if (division != null && !division.isBlank() && !division.trim().matches("\\d{1,12}")) {
            throw Fault.invalid("division is a division code or its leading digits");
        }
        return surrogate.workload(caller(sc), grouping, division);
    }

    private static Caller caller(SecurityContext sc) {
        return CallerPrincipal.of(sc.getUserPrincipal());
    }
}
