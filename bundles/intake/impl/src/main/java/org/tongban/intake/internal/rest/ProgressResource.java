package org.tongban.intake.internal.rest;

import org.tongban.core.fault.Fault;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.rest.Public;
import org.tongban.core.rest.RestResource;
import org.tongban.intake.CaseView;
import org.tongban.intake.Intake;
import org.tongban.intake.internal.CaseTexts;
import org.tongban.core.rest.LookupLimit;

/**
 * {@code GET /api/v1/progress/{caseNumber}?code=…}: the applicant's progress query (办事进度查询) with the number and the
 * query code printed on the receipt; a wrong pair answers 404 without telling which half was wrong, and an address
 * with 10 wrong pairs in 15 minutes waits (429) until they have passed.
 */
@Component(service = RestResource.class)
@Path("v1/progress")
@Produces(MediaType.APPLICATION_JSON)
@Public
public class ProgressResource implements RestResource {

    private final Intake intake;
    private final LookupLimit limit = new LookupLimit(10, 15 * 60_000L, System::currentTimeMillis);

    @Context
    private HttpServletRequest http;

    @Activate
    public ProgressResource(@Reference Intake intake) {
        this.intake = intake;
    }

    @GET
    @Path("{number}")
    public CaseView progress(@PathParam("number") String number, @QueryParam("code") String code) {
        String address = http == null ? "?" : http.getRemoteAddr();
        long wait = limit.waitSeconds(address);
        if (wait > 0) {
            throw LookupLimit.tooMany("progress queries", wait);
        }
        return intake.progress(number, code).orElseThrow(() -> {
            limit.failed(address);
            // The applicant reads it: Chinese, from the message bundle.
            return Fault.notFound(CaseTexts.text(java.util.Locale.SIMPLIFIED_CHINESE, "progress.not-found"));
        });
    }
}
