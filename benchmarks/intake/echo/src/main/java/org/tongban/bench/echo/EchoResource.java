package org.tongban.bench.echo;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.RestResource;
import org.tongban.core.rest.Role;

/**
 * The benchmark's baseline: the same CXF server, security filter (Basic against the JAAS realm) and JSON body as a
 * case submission, and nothing else. Deployed only by benchmarks/intake/run.sh.
 */
@Component(service = RestResource.class)
@Path("v1/bench/echo")
@Allowed(Role.CLERK)
public class EchoResource implements RestResource {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String echo(String body) {
        return body;
    }
}
