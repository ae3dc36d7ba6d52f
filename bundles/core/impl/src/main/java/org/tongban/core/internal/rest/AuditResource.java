package org.tongban.core.internal.rest;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.audit.AuditRecord;
import org.tongban.core.audit.AuditTrail;
import org.tongban.core.audit.AuditVerification;
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.RestResource;
import org.tongban.core.rest.Role;
import org.tongban.core.NodeInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;

/** {@code /api/v1/audit}: the trail of a subject, the latest records, and chain verification (ops, supervisors). */
@Component(service = RestResource.class)
@Path("v1/audit")
@Allowed({Role.OPS, Role.SUPERVISOR})
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource implements RestResource {

    private final AuditTrail audit;

    private final NodeInfo node;

    @Activate
    public AuditResource(@Reference AuditTrail audit, @Reference NodeInfo node) {
        this.node = node;
        this.audit = audit;
    }

    @GET
    public List<AuditRecord> records(@QueryParam("subject") String subject, @QueryParam("limit") Integer limit,
                                     @Context SecurityContext security) {
        WholeNode.require(security, node);
        if (subject != null && !subject.isBlank()) {
            return audit.bySubject(subject);
        }
        return audit.latest(limit == null ? 50 : Math.min(Math.max(limit, 1), 1000));
    }

    @GET
    @Path("verify")
    public AuditVerification verify(@Context SecurityContext security) {
        WholeNode.require(security, node);
        return audit.verify();
    }

}
