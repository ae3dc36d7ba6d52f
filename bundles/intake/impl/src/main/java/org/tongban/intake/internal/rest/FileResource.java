package org.tongban.intake.internal.rest;

import org.tongban.core.fault.Fault;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
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
import org.tongban.core.rest.RestResource;
import org.tongban.core.rest.Role;
import org.tongban.intake.MaterialFiles;
import org.tongban.intake.StoredFile;

/**
 * {@code /api/v1/files}: upload a material's file (the body as is; its name percent-encoded in {@code X-File-Name}) and get the
 * {@code file:} reference a submission or supplement names it by; staff read it back.
 */
@Component(service = RestResource.class)
@Path("v1/files")
@Allowed({Role.CLERK, Role.REVIEWER, Role.AGENT, Role.SUPERVISOR})
public class FileResource implements RestResource {

    private final MaterialFiles files;

    @Activate
    public FileResource(@Reference MaterialFiles files) {
        this.files = files;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.CLERK, Role.AGENT, Role.APPLICANT})
    @org.tongban.core.rest.Answers(value = org.tongban.intake.StoredFile.class, status = 201)
    public Response upload(InputStream body, @HeaderParam("X-File-Name") String name, @HeaderParam("Content-Type") String type,
                           @Context SecurityContext security) {
        if (body == null) {
            throw Fault.invalid("send the file as the request body");
        }
        // Header values are ASCII: the name comes percent-encoded in UTF-8 (encodeURIComponent in a browser).
        String decoded = name == null ? null : java.net.URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
        StoredFile stored = files.store(body, decoded, type, security.getUserPrincipal().getName());
        return Response.status(Status.CREATED).header(HttpHeaders.LOCATION, "/api/v1/files/" + stored.fileRef())
                .entity(stored).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{ref}")
    @Allowed({Role.CLERK, Role.REVIEWER, Role.AGENT, Role.SUPERVISOR, Role.APPLICANT})
    public Response download(@PathParam("ref") String ref, @Context SecurityContext security) {
        // Only its uploader reads a file by its reference (to check it before naming it); everyone else reads a
        // case's scans through the case (/cases/{n}/materials/{id}/scan), which checks who may see the case.
        String user = security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName();
        StoredFile f = files.find(ref).filter(found -> found.uploadedBy() != null && found.uploadedBy().equals(user))
                .orElseThrow(() -> Fault.notFound("no file " + ref + " of yours: a case's scans are read through the case"));
        InputStream content = files.open(ref).orElseThrow(() -> Fault.notFound("no file " + ref));
        return Response.ok(content, f.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(f.fileName(), StandardCharsets.UTF_8)
                        .replace("+", "%20"))
                .header("X-Content-SHA256", f.sha256()).build();
    }
}
