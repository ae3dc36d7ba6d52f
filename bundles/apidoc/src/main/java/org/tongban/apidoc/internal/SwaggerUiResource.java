package org.tongban.apidoc.internal;

import org.tongban.core.fault.Fault;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.tongban.core.rest.Public;
import org.tongban.core.rest.RestResource;

/** {@code /api/docs}: Swagger UI from its webjar bundle, pointed at this node's {@code /api/openapi.json}. */
@Component(service = RestResource.class, property = OpenApiResource.DOCS + "=true")
@Path("docs")
@Public
public class SwaggerUiResource implements RestResource {

    static final String WEBJAR = "org.webjars.swagger-ui";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=UTF-8",
            "js", "application/javascript", "css", "text/css", "png", "image/png", "map", "application/json");
    private static final String INITIALIZER = """
            window.onload = function () {
              window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger-ui", deepLinking: true,
                presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: "StandaloneLayout" });
            };
            """;

    private Bundle webjar;

    @Activate
    void activate(BundleContext context) {
        webjar = Arrays.stream(context.getBundles()).filter(b -> WEBJAR.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new IllegalStateException(WEBJAR + " is not installed"));
    }

    @GET
    public Response index() {
        // The path as it is: Response.seeOther would resolve it against the /api base (/api/api/docs/...) and name a host.
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, "/api/docs/index.html").build();
    }

    @GET
    @Path("{file: [A-Za-z0-9._-]+}")
    public Response file(@PathParam("file") String file) throws IOException {
        if (file.equals("swagger-initializer.js")) {
            return Response.ok(INITIALIZER, "application/javascript").build();
        }
        // A webjar keeps its files under its own version, which is also its Bundle-Version.
        URL entry = webjar.getEntry("META-INF/resources/webjars/swagger-ui/" + webjar.getHeaders().get("Bundle-Version") + "/" + file);
        if (entry == null) {
            throw Fault.notFound("no file " + file + " in the API docs");
        }
        String extension = file.substring(file.lastIndexOf('.') + 1);
        try (InputStream in = entry.openStream()) {
            return Response.ok(in.readAllBytes(), TYPES.getOrDefault(extension, "application/octet-stream")).build();
        }
    }
}
