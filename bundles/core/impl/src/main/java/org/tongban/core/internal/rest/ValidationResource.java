package org.tongban.core.internal.rest;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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

    /** A value to check; personal numbers travel in the body, never in the URL (where logs and proxies keep them). */
    public record Value(String value) {
    }

    /** The verdict; the value itself is not echoed. */
    public record Verdict(boolean valid, List<String> warnings, List<String> errors) {
        static Verdict of(ValidationResult r) {
            return new Verdict(r.valid(), r.warnings(), r.errors());
        }
    }

    @POST
    @Path("resident-id")
    @Consumes(MediaType.APPLICATION_JSON)
    public Verdict residentId(Value id) {
        return Verdict.of(ResidentId.validate(id == null ? null : id.value()));
    }

    @GET
    @Path("credit-code/{code}")
    public Verdict creditCode(@PathParam("code") String code) {
        return Verdict.of(CreditCode.validate(code));
    }

    @POST
    @Path("mobile")
    @Consumes(MediaType.APPLICATION_JSON)
    public Verdict mobile(Value number) {
        return Verdict.of(MobileNumber.validate(number == null ? null : number.value()));
    }

    @GET
    @Path("division-code/{code}")
    public Verdict divisionCode(@PathParam("code") String code) {
        return Verdict.of(DivisionCode.validate(code));
    }

}
