package org.tongban.intake.internal.rest;

import org.tongban.core.fault.Fault;
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
import org.tongban.intake.Intake;
import org.tongban.intake.ReviewTask;
import org.tongban.intake.internal.CaseTexts;

/** {@code GET /api/v1/reviews?department=CODE}: a department's review queue, the oldest promised date first. */
@Component(service = RestResource.class)
@Path("v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.REVIEWER, Role.SUPERVISOR})
public class ReviewQueueResource implements RestResource {

    private final Intake intake;

    /** The request's headers: Accept-Language picks the language of the cases' notices. */
    @javax.ws.rs.core.Context
    private javax.ws.rs.core.HttpHeaders headers;

    @Activate
    public ReviewQueueResource(@Reference Intake intake) {
        this.intake = intake;
    }

    @GET
    public List<ReviewTask> queue(@QueryParam("department") String department, @QueryParam("limit") Integer limit,
                                  @javax.ws.rs.core.Context javax.ws.rs.core.SecurityContext security) {
        if (department == null || department.isBlank()) {
            throw Fault.invalid("name the department by its credit code: ?department=11370783000007919T");
        }
        org.tongban.core.security.Caller caller = org.tongban.core.security.CallerPrincipal.of(security.getUserPrincipal());
        java.util.Locale language = CaseTexts.language(caller, headers == null ? null : headers.getAcceptableLanguages());
        return intake.reviewQueue(caller, department, limit == null ? 100 : limit).stream()
                .map(t -> new ReviewTask(CaseTexts.in(t.kase(), language), t.step(), t.priority())).toList();
    }
}
