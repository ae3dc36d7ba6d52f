package org.tongban.core.internal.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.tongban.core.rest.RestResource;

/**
 * Whether the node serves everything installed: every tongban bundle started, every REST resource whose component
 * can run (its references and configuration there) serving at its path, none being replaced. A resource whose
 * component waits for a capability this node does not install (the centre's forwarded applications without intake)
 * is listed, not waited for.
 */
final class Readiness {

    enum State { UP, UPDATING, DOWN }

    record Report(State state, String detail, List<String> waiting) {
    }

    private Readiness() {
    }

    static Report of(BundleContext context, ServiceComponentRuntime scr, RestStatus rest, Set<String> held) {
        if (rest == null) {
            return new Report(State.DOWN, "DOWN: the REST server is not running", List.of());
        }
        List<String> starting = new ArrayList<>();
        List<String> unpublished = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        Set<String> paths = rest.paths();
        for (Bundle b : context.getBundles()) {
            String name = b.getSymbolicName();
            if (name == null || !name.startsWith("org.tongban.") || b.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            if (b.getState() != Bundle.ACTIVE) {
                starting.add(name);
                continue;
            }
            if (scr == null) {
                continue;
            }
            for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(b)) {
                if (d.serviceInterfaces == null || !List.of(d.serviceInterfaces).contains(RestResource.class.getName())) {
                    continue;
                }
                String path = pathOf(b, d.implementationClass);
                boolean runs = scr.getComponentConfigurationDTOs(d).stream().anyMatch(c ->
                        c.state == ComponentConfigurationDTO.ACTIVE || c.state == ComponentConfigurationDTO.SATISFIED);
                if (!runs) {
                    waiting.add("/api/" + path + " (" + simple(d.implementationClass) + " waits for what this node does not run)");
                } else if (!paths.contains(path)) {
                    unpublished.add("/api/" + path);
                }
            }
        }
        if (!starting.isEmpty()) {
            return new Report(State.DOWN, "DOWN: starting " + String.join(", ", starting), waiting);
        }
        if (!held.isEmpty()) {
            return new Report(State.UPDATING, "UPDATING: replacing /api/" + String.join(", /api/", held)
                    + " (its requests are held, up to 10 s)", waiting);
        }
        if (!unpublished.isEmpty() || !rest.settled()) {
            return new Report(State.DOWN, "DOWN: not yet serving " + (unpublished.isEmpty() ? "every resource" : String.join(", ", unpublished)),
                    waiting);
        }
        return new Report(State.UP, "UP: " + paths.size() + " resources", waiting);
    }

    private static String pathOf(Bundle b, String type) {
        try {
            return RestServerComponent.path(b.loadClass(type));
        } catch (ClassNotFoundException | RuntimeException e) {
            return simple(type);
        }
    }

    private static String simple(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
