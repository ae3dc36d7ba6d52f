package org.tongban.core.internal.ui;

import java.util.List;
import java.util.Objects;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.RestResource;
import org.tongban.core.rest.Role;
import org.tongban.core.security.CallerPrincipal;

/**
 * {@code GET /api/v1/ui/modules}: the hall pages this node serves now (each installed capability's module), with only
 * the entries the caller's roles may use; the shell builds its navigation from it.
 */
@Component(service = RestResource.class)
@Path("v1/ui/modules")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.APPLICANT, Role.CLERK, Role.REVIEWER, Role.AGENT, Role.AGENCY, Role.SUPERVISOR, Role.OPS, Role.TABLET})
public class UiResource implements RestResource {

    private final UiBundles bundles;

    /** The pages' servlet registered: the modules listed here can be loaded. */
    @Activate
    public UiResource(@Reference UiBundles bundles, @Reference UiServletComponent pages) {
        this.bundles = bundles;
    }

    @GET
    public List<UiModule> modules(@Context SecurityContext security) {
        List<String> roles = CallerPrincipal.of(security.getUserPrincipal()).roles().stream().map(Role::realmName).toList();
        return bundles.modules().stream().map(m -> m.visibleTo(roles)).filter(Objects::nonNull).toList();
    }
}
