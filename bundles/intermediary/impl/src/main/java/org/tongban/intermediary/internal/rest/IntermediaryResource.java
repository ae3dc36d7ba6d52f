package org.tongban.intermediary.internal.rest;

import org.tongban.core.fault.Fault;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.Response.Status;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.Public;
import org.tongban.core.rest.RestResource;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.core.security.CallerPrincipal;
import org.tongban.core.text.Text;
import org.tongban.core.validation.MobileNumber;
import org.tongban.intermediary.Agency;
import org.tongban.intermediary.AgencyApplication;
import org.tongban.intermediary.AgencyStatus;
import org.tongban.intermediary.Blacklisting;
import org.tongban.intermediary.DrawVerification;
import org.tongban.intermediary.IntermediaryService;
import org.tongban.intermediary.Marketplace;
import org.tongban.intermediary.OwnerRecord;
import org.tongban.intermediary.Project;
import org.tongban.intermediary.ProjectRequest;
import org.tongban.intermediary.ProjectStatus;
import org.tongban.intermediary.Registration;
import org.tongban.intermediary.RegistrationRequest;
import org.tongban.intermediary.RuleSet;
import org.tongban.intermediary.Violation;

/**
 * {@code /api/v1/intermediary}: the public marketplace (services, admitted agencies, projects with their published
 * selections and their re-check), agencies' registration and bids, owners' projects, supervisors' admission, faults
 * and blacklist.
 */
@Component(service = RestResource.class)
@Path("v1/intermediary")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SUPERVISOR, Role.OPS})
public class IntermediaryResource implements RestResource {

    private static final Role[] OWNERS = {Role.APPLICANT, Role.CLERK, Role.SUPERVISOR};
    private final Marketplace market;

    @Activate
    public IntermediaryResource(@Reference Marketplace market) {
        this.market = market;
    }

    // ---- public -----------------------------------------------------------------------------------------------

    @GET
    @Path("services")
    @Public
    public List<IntermediaryService> services(@QueryParam("item") String item) {
        return market.services(item);
    }

    @GET
    @Path("services/{code}")
    @Public
    public IntermediaryService service(@PathParam("code") String code) {
        return market.service(code).orElseThrow(() -> Fault.notFound("no service " + code));
    }

    @PUT
    @Path("services/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public IntermediaryService saveService(@PathParam("code") String code, IntermediaryService s, @Context SecurityContext sc) {
        if (s == null || !code.equals(s.code())) {
            throw Fault.invalid("send the service as JSON with the code of the path");
        }
        return market.saveService(caller(sc), s);
    }

    /** Admitted agencies as the public sees them: no account, the contact masked. */
    @GET
    @Path("agencies")
    @Public
    public List<Agency> agencies() {
        return market.agencies(AgencyStatus.ADMITTED).stream().map(IntermediaryResource::publicView).toList();
    }

    @GET
    @Path("projects")
    @Public
    public List<Project> projects(@QueryParam("status") String status, @QueryParam("limit") Integer limit) {
        ProjectStatus s = Text.option(ProjectStatus.class, status, "status");
        return market.projects(s, limit == null ? 100 : limit).stream().map(Project::published).toList();
    }

    @GET
    @Path("projects/{id: \\d+}")
    @Public
    public Project project(@PathParam("id") long id) {
        return market.project(id).map(Project::published).orElseThrow(() -> Fault.notFound("no project " + id));
    }

    /** Anyone recomputes a published selection from its record and the seed committed to at posting. */
    @GET
    @Path("projects/{id: \\d+}/verification")
    @Public
    public DrawVerification verify(@PathParam("id") long id) {
        return market.verify(id);
    }

    /** The selection rules of a version a project names: their text, whose SHA-256 is the version. */
    @GET
    @Path("rules/{version}")
    @Public
    public RuleSet rules(@PathParam("version") String version) {
        return market.rules(version).orElseThrow(() -> Fault.notFound("no selection rules of version " + version));
    }

    // ---- agencies ---------------------------------------------------------------------------------------------

    @POST
    @Path("agencies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.AGENCY)
    @org.tongban.core.rest.Answers(value = Agency.class, status = 201)
    public Response registerAgency(AgencyApplication a, @Context SecurityContext sc) {
        Agency agency = market.registerAgency(caller(sc), a);
        return Response.status(Status.CREATED).header(HttpHeaders.LOCATION, "/api/v1/intermediary/agencies/" + agency.id())
                .entity(agency).build();
    }

    @GET
    @Path("agencies/mine")
    @Allowed(Role.AGENCY)
    public Agency mine(@Context SecurityContext sc) {
        return market.agencyOf(caller(sc)).orElseThrow(() -> Fault.notFound("no agency registered by " + sc.getUserPrincipal().getName()));
    }

    @GET
    @Path("agencies/all")
    public List<Agency> allAgencies(@QueryParam("status") String status) {
        return market.agencies(Text.option(AgencyStatus.class, status, "status"));
    }

    @GET
    @Path("agencies/{id: \\d+}")
    @Public
    public Agency agency(@PathParam("id") long id) {
        return market.agency(id).map(IntermediaryResource::publicView).orElseThrow(() -> Fault.notFound("no agency " + id));
    }

    @POST
    @Path("agencies/{id: \\d+}/admission")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.SUPERVISOR)
    public Agency admit(@PathParam("id") long id, Bodies.Admission body, @Context SecurityContext sc) {
        if (body == null || body.admit() == null) {
            throw Fault.invalid("send {\"admit\": true|false, \"opinion\": …}");
        }
        return market.admit(caller(sc), id, body.admit(), body.opinion());
    }

    @POST
    @Path("agencies/{id: \\d+}/violations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.SUPERVISOR)
    @org.tongban.core.rest.Answers(value = Violation.class, status = 201)
    public Response violation(@PathParam("id") long id, Bodies.ViolationRequest body, @Context SecurityContext sc) {
        Violation v = market.recordViolation(caller(sc), id, body == null ? null : body.severity(),
                body == null ? null : body.description());
        return Response.status(201).entity(v).build();
    }

    @POST
    @Path("agencies/{id: \\d+}/blacklist")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.SUPERVISOR)
    public Blacklisting blacklist(@PathParam("id") long id, Bodies.BlacklistRequest body, @Context SecurityContext sc) {
        return market.blacklist(caller(sc), id, body == null ? null : body.reason(), body == null ? null : body.until());
    }

    @POST
    @Path("agencies/{id: \\d+}/blacklist/lift")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.SUPERVISOR)
    public Agency lift(@PathParam("id") long id, Bodies.Reason body, @Context SecurityContext sc) {
        return market.liftBlacklisting(caller(sc), id, body == null ? null : body.reason());
    }

    /** Each owner's projects and how many it cancelled after their selection, the most first. */
    @GET
    @Path("owners")
    @Allowed(Role.SUPERVISOR)
    public List<OwnerRecord> owners(@Context SecurityContext sc) {
        return market.owners(caller(sc));
    }

    // ---- projects ---------------------------------------------------------------------------------------------

    @POST
    @Path("projects")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.APPLICANT, Role.CLERK})
    @org.tongban.core.rest.Answers(value = Project.class, status = 201)
    public Response post(ProjectRequest r, @Context SecurityContext sc) {
        Project p = market.post(caller(sc), r);
        return Response.status(Status.CREATED).header(HttpHeaders.LOCATION, "/api/v1/intermediary/projects/" + p.id())
                .entity(p).build();
    }

    /** The caller's own projects, as their owner: posted by this account, or in an applicant's own identity. */
    @GET
    @Path("projects/mine")
    @Allowed({Role.APPLICANT, Role.CLERK})
    public List<Project> myProjects(@Context SecurityContext sc) {
        return market.projectsOf(caller(sc)).stream().map(Project::published).toList();
    }

    @GET
    @Path("projects/{id: \\d+}/qualified")
    @Allowed({Role.APPLICANT, Role.CLERK, Role.SUPERVISOR})
    public List<Agency> qualified(@PathParam("id") long id) {
        return market.qualifiedFor(id).stream().map(IntermediaryResource::publicView).toList();
    }

    @POST
    @Path("projects/{id: \\d+}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.AGENCY)
    @org.tongban.core.rest.Answers(value = Registration.class, status = 201)
    public Response register(@PathParam("id") long id, RegistrationRequest r, @Context SecurityContext sc) {
        return Response.status(201).entity(market.register(caller(sc), id, r)).build();
    }

    @GET
    @Path("projects/{id: \\d+}/registrations")
    @Allowed({Role.APPLICANT, Role.CLERK, Role.AGENCY, Role.SUPERVISOR})
    public List<Registration> registrations(@PathParam("id") long id, @Context SecurityContext sc) {
        return market.registrations(caller(sc), id);
    }

    @POST
    @Path("projects/{id: \\d+}/selection")
    @Allowed({Role.APPLICANT, Role.CLERK, Role.SUPERVISOR})
    public Project select(@PathParam("id") long id, @Context SecurityContext sc) {
        return market.select(caller(sc), id);
    }

    @POST
    @Path("projects/{id: \\d+}/choice")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.APPLICANT, Role.CLERK, Role.SUPERVISOR})
    public Project choose(@PathParam("id") long id, Bodies.Choice body, @Context SecurityContext sc) {
        if (body == null || body.agencyId() == null) {
            throw Fault.invalid("send {\"agencyId\": …, \"reason\": …}");
        }
        return market.choose(caller(sc), id, body.agencyId(), body.reason());
    }

    @POST
    @Path("projects/{id: \\d+}/contract")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.APPLICANT, Role.CLERK, Role.SUPERVISOR})
    public Project contract(@PathParam("id") long id, Bodies.ContractRequest body, @Context SecurityContext sc) {
        if (body == null) {
            throw Fault.invalid("send {\"contractNumber\", \"amount\", \"signedOn\"}");
        }
        return market.contract(caller(sc), id, body.contractNumber(), body.amount(), body.signedOn());
    }

    @POST
    @Path("projects/{id: \\d+}/delivery")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.AGENCY)
    public Project deliver(@PathParam("id") long id, Bodies.DeliveryRequest body, @Context SecurityContext sc) {
        return market.deliver(caller(sc), id, body == null ? null : body.summary());
    }

    @POST
    @Path("projects/{id: \\d+}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.APPLICANT, Role.CLERK, Role.SUPERVISOR})
    public Project review(@PathParam("id") long id, Bodies.ReviewRequest body, @Context SecurityContext sc) {
        if (body == null || body.score() == null) {
            throw Fault.invalid("send {\"score\": 1-5, \"comment\": …}");
        }
        return market.review(caller(sc), id, body.score(), body.comment());
    }

    @POST
    @Path("projects/{id: \\d+}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.APPLICANT, Role.CLERK, Role.SUPERVISOR})
    public Project cancel(@PathParam("id") long id, Bodies.Reason body, @Context SecurityContext sc) {
        return market.cancel(caller(sc), id, body == null ? null : body.reason());
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static Caller caller(SecurityContext sc) {
        return CallerPrincipal.of(sc.getUserPrincipal());
    }

    private static Agency publicView(Agency a) {
        return new Agency(a.id(), a.creditCode(), a.name(), null, MobileNumber.mask(a.contactMobile()), a.serviceAreas(), a.staffCount(),
                a.qualifications(), a.status(), a.admissionOpinion(), a.creditScore(), a.creditGrade(), a.blacklisting(), a.registeredAt());
    }

}
