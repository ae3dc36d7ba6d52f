package org.tongban.intake.internal.rest;

import org.tongban.core.fault.Fault;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.RestResource;
import org.tongban.core.rest.Role;
import org.tongban.intake.Defaulter;
import org.tongban.intake.DefaulterList;

/**
 * {@code /api/v1/credit/defaulters}: the judgment-defaulter list intake checks against. Supervisors and ops keep it;
 * clerks and reviewers may look an entry up.
 */
@Component(service = RestResource.class)
@Path("v1/credit/defaulters")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SUPERVISOR, Role.OPS})
public class DefaulterResource implements RestResource {

    private final DefaulterList defaulters;

    @Activate
    public DefaulterResource(@Reference DefaulterList defaulters) {
        this.defaulters = defaulters;
    }

    @GET
    public List<Defaulter> list(@QueryParam("limit") Integer limit) {
        return defaulters.list(limit == null ? 100 : limit);
    }

    @GET
    @Path("{id}")
    @Allowed({Role.SUPERVISOR, Role.OPS, Role.CLERK, Role.REVIEWER})
    public Defaulter get(@PathParam("id") String id) {
        return defaulters.find(id).orElseThrow(() -> Fault.notFound("not on the list"));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Defaulter put(@PathParam("id") String id, Defaulter body, @Context SecurityContext security) {
        if (body == null) {
            throw Fault.invalid("send the entry as JSON");
        }
        if (body.idNumber() != null && !body.idNumber().trim().equalsIgnoreCase(id)) {
            throw Fault.invalid("the body's idNumber differs from the path's");
        }
        Defaulter entry = new Defaulter(id, body.name(), body.reference(), body.listedOn(), body.source());
        return defaulters.put(entry, security.getUserPrincipal().getName(), Role.firstOf(security::isUserInRole));
    }

    @DELETE
    @Path("{id}")
    @org.tongban.core.rest.Answers(value = Void.class, status = 204)
    public Response remove(@PathParam("id") String id, @Context SecurityContext security) {
        if (!defaulters.remove(id, security.getUserPrincipal().getName(), Role.firstOf(security::isUserInRole))) {
            throw Fault.notFound("not on the list");
        }
        return Response.noContent().build();
    }

    /** Publishes a batch (e.g. the court's monthly list) as a JSON array; the report names each rejected entry. */
    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    public DefaulterList.ImportSummary importAll(List<Defaulter> entries, @Context SecurityContext security) {
        if (entries == null || entries.isEmpty()) {
            throw Fault.invalid("send a JSON array of entries");
        }
        return defaulters.importAll(entries, security.getUserPrincipal().getName(), Role.firstOf(security::isUserInRole));
    }
}
