package org.tongban.intake.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.rest.ProblemException;
import org.tongban.core.rest.Public;
import org.tongban.core.rest.RestResource;
import org.tongban.intake.CaseView;
import org.tongban.intake.Intake;

/**
 * {@code GET /api/v1/progress/{caseNumber}?idNumber=…}: the applicant's progress query (办事进度查询) with the number on
 * the receipt and their own ID number; a wrong pair answers 404 without telling which half was wrong.
 */
@Component(service = RestResource.class)
@Path("v1/progress")
@Produces(MediaType.APPLICATION_JSON)
@Public
public class ProgressResource implements RestResource {

    private final Intake intake;

    @Activate
    public ProgressResource(@Reference Intake intake) {
        this.intake = intake;
    }

    @GET
    @Path("{number}")
    public CaseView progress(@PathParam("number") String number, @QueryParam("idNumber") String idNumber) {
        return intake.progress(number, idNumber)
                .orElseThrow(() -> ProblemException.notFound("no case with that number for that ID number"));
    }
}
