package org.tongban.provincial.internal.rest;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.RestResource;
import org.tongban.core.rest.Role;
import org.tongban.provincial.HubStatus;
import org.tongban.provincial.ProvincialSync;
import org.tongban.provincial.RejectedRecord;

/** {@code /api/v1/provincial}: the link to the provincial hub and the records it refused. */
@Component(service = RestResource.class)
@Path("v1/provincial")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.OPS, Role.SUPERVISOR})
public class ProvincialResource implements RestResource {

    private final ProvincialSync sync;

    @Activate
    public ProvincialResource(@Reference ProvincialSync sync) {
        this.sync = sync;
    }

    @GET
    @Path("status")
    public HubStatus status() {
        return sync.status();
    }

    @GET
    @Path("rejected")
    public List<RejectedRecord> rejected(@QueryParam("limit") Integer limit) {
        return sync.rejected(limit == null ? 200 : limit);
    }
}
