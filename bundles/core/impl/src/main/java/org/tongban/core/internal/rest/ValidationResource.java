package org.tongban.core.internal.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.RestResource;
import org.tongban.core.rest.Role;
import org.tongban.core.validation.CreditCode;
import org.tongban.core.validation.DivisionCode;
import org.tongban.core.validation.MobileNumber;
import org.tongban.core.validation.ResidentId;
import org.tongban.core.validation.ValidationResult;

/** {@code /api/v1/validation}: check identity numbers and codes as the intake forms do. The value is not echoed. */
@Component(service = RestResource.class)
@Path("v1/validation")
@Allowed({Role.APPLICANT, Role.CLERK, Role.REVIEWER, Role.AGENT, Role.AGENCY, Role.SUPERVISOR, Role.OPS, Role.NODE})
@Produces(MediaType.APPLICATION_JSON)
public class ValidationResource implements RestResource {

    @GET
    @Path("resident-id/{id}")
    public Map<String, Object> residentId(@PathParam("id") String id) {
        return body(ResidentId.validate(id));
    }

    @GET
    @Path("credit-code/{code}")
    public Map<String, Object> creditCode(@PathParam("code") String code) {
        return body(CreditCode.validate(code));
    }

    @GET
    @Path("mobile/{number}")
    public Map<String, Object> mobile(@PathParam("number") String number) {
        return body(MobileNumber.validate(number));
    }

    @GET
    @Path("division-code/{code}")
    public Map<String, Object> divisionCode(@PathParam("code") String code) {
        return body(DivisionCode.validate(code));
    }

    private static Map<String, Object> body(ValidationResult r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("valid", r.valid());
        body.put("warnings", r.warnings());
        body.put("errors", r.errors());
        return body;
    }
}
