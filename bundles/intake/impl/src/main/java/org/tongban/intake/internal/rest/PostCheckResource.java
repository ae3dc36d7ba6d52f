package org.tongban.intake.internal.rest;

import org.tongban.core.text.Text;
import org.tongban.core.fault.Fault;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
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
import org.tongban.intake.Intake;
import org.tongban.intake.PostApprovalCheck;
import org.tongban.intake.PostCheckStatus;

/**
 * {@code GET /api/v1/post-checks?status=OPEN&overdue=true}: the post-approval checks (事后核查) of approvals on a
 * commitment, the earliest due first, for supervision and the departments that check.
 */
@Component(service = RestResource.class)
@Path("v1/post-checks")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SUPERVISOR, Role.OPS, Role.REVIEWER})
public class PostCheckResource implements RestResource {

    private final Intake intake;

    @Activate
    public PostCheckResource(@Reference Intake intake) {
        this.intake = intake;
    }

    @GET
    public List<PostApprovalCheck> checks(@QueryParam("status") String status, @QueryParam("overdue") boolean overdue,
                                          @QueryParam("limit") Integer limit, @Context SecurityContext security) {
        PostCheckStatus s = Text.option(PostCheckStatus.class, status, "status");
        return intake.postApprovalChecks(CallerPrincipal.of(security.getUserPrincipal()), s, overdue, limit == null ? 100 : limit);
    }
}
