package org.tongban.intake.internal.rest;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.rest.Public;
import org.tongban.core.rest.RestResource;
import org.tongban.intake.Intake;
import org.tongban.intake.PublishedResult;

/** {@code GET /api/v1/public/results?item=&limit=}: approvals published for anyone (结果公示), persons' names masked. */
@Component(service = RestResource.class)
@Path("v1/public/results")
@Produces(MediaType.APPLICATION_JSON)
@Public
public class PublishedResultsResource implements RestResource {

    private final Intake intake;

    @Activate
    public PublishedResultsResource(@Reference Intake intake) {
        this.intake = intake;
    }

    @GET
    public List<PublishedResult> results(@QueryParam("item") String item, @QueryParam("limit") Integer limit) {
        return intake.publishedResults(item, limit == null ? 50 : limit);
    }
}
