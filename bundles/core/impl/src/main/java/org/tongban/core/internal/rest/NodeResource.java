package org.tongban.core.internal.rest;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.NodeIdentity;
import org.tongban.core.NodeLevel;
import org.tongban.core.NodeInfo;
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.RestResource;
import org.tongban.core.rest.Role;

/** {@code GET /api/v1/node}: who this node is and which capabilities it runs. */
@Component(service = RestResource.class)
@Path("v1/node")
@Allowed({Role.APPLICANT, Role.CLERK, Role.REVIEWER, Role.AGENT, Role.AGENCY, Role.SUPERVISOR, Role.OPS, Role.NODE, Role.TABLET})
public class NodeResource implements RestResource {

    private final NodeInfo node;

    @Activate
    public NodeResource(@Reference NodeInfo node) {
        this.node = node;
    }

    /** This node: who it is, where it reports, what it runs. */
    public record NodeView(String id, NodeLevel level, String divisionCode, String name, String upstream, boolean demo,
                           List<String> capabilities) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public NodeView node() {
        NodeIdentity id = node.identity();
        return new NodeView(id.id(), id.level(), id.divisionCode(), id.name(), id.upstream(), id.demo(), node.capabilities());
    }
}
