package org.tongban.core.internal.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.NodeIdentity;
import org.tongban.core.NodeInfo;
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.RestResource;
import org.tongban.core.rest.Role;

/** {@code GET /api/v1/node}: who this node is and which capabilities it runs. */
@Component(service = RestResource.class)
@Path("v1/node")
@Allowed({Role.APPLICANT, Role.CLERK, Role.REVIEWER, Role.AGENT, Role.AGENCY, Role.SUPERVISOR, Role.OPS, Role.NODE})
public class NodeResource implements RestResource {

    private final NodeInfo node;

    @Activate
    public NodeResource(@Reference NodeInfo node) {
        this.node = node;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> node() {
        NodeIdentity id = node.identity();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id.id());
        body.put("level", id.level());
        body.put("divisionCode", id.divisionCode());
        body.put("name", id.name());
        body.put("upstream", id.upstream());
        body.put("demo", id.demo());
        body.put("capabilities", node.capabilities());
        return body;
    }
}
