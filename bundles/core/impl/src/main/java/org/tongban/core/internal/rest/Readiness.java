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
 * can run serving at its path, none being replaced. A resource whose component waits for something an installed
 * component will offer is waited for; one that needs what nothing here offers (the centre's forwarded applications
 * without intake) is listed, not waited for.
 */
final class Readiness {

    enum State { UP, UPDATING, DOWN }

    record Report(State state, String detail, List<String> waiting) {
    }

    private Readiness() {
    }

    /**
     * {@code web}: whether the Jetty that runs now has core's handler in it. Pax Web rebuilds its server when core's
     * handler arrives (every connection dropped, every servlet registered again), so until then nothing is ready.
     */
    static Report of(BundleContext context, ServiceComponentRuntime scr, RestStatus rest, Set<String> held, boolean web) {
        if (rest == null) {
            return new Report(State.DOWN, "DOWN: the REST server is not running", List.of());
        }
        if (!web) {
            return new Report(State.DOWN, "DOWN: the web server is (re)starting with core's handler", List.of());
        }
        List<String> starting = new ArrayList<>();
        List<String> unpublished = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        Set<String> paths = rest.paths();
        Providers providers = scr == null ? null : new Providers(context, scr);
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
                if (!providers.canRun(d, new java.util.HashSet<>())) {
                    waiting.add("/api/" + path + " (" + simple(d.implementationClass) + " needs what this node does not run)");
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

    /**
     * Whether a component runs or will: it is satisfied, or each reference it still lacks is offered by a component
     * of an active bundle that can run itself. One waiting for a service nothing installed here offers (the centre's
     * forwarded applications need intake) will not, and is not waited for.
     */
    private static final class Providers {
        private final List<ComponentDescriptionDTO> all = new ArrayList<>();
        private final ServiceComponentRuntime scr;

        Providers(BundleContext context, ServiceComponentRuntime scr) {
            this.scr = scr;
            for (Bundle b : context.getBundles()) {
                if (b.getState() == Bundle.ACTIVE || b.getState() == Bundle.STARTING) {
                    all.addAll(scr.getComponentDescriptionDTOs(b));
                }
            }
        }

        boolean canRun(ComponentDescriptionDTO d, Set<String> visiting) {
            String key = d.name + "@" + d.bundle.id;
            if (!visiting.add(key)) {
                return false;   // a cycle of components waiting for each other
            }
            try {
                return runs(d, visiting);
            } finally {
                visiting.remove(key);
            }
        }

        private boolean runs(ComponentDescriptionDTO d, Set<String> visiting) {
            java.util.Collection<ComponentConfigurationDTO> configs = scr.getComponentConfigurationDTOs(d);
            if (configs.stream().anyMatch(c -> c.state == ComponentConfigurationDTO.ACTIVE || c.state == ComponentConfigurationDTO.SATISFIED)) {
                return true;
            }
            for (ComponentConfigurationDTO c : configs) {
                if (c.state != ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                    continue;
                }
                for (org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO missing : c.unsatisfiedReferences) {
                    String type = java.util.Arrays.stream(d.references).filter(r -> r.name.equals(missing.name))
                            .map(r -> r.interfaceName).findFirst().orElse(null);
                    boolean offered = type != null && all.stream().anyMatch(p -> p != d && p.serviceInterfaces != null
                            && List.of(p.serviceInterfaces).contains(type) && canRun(p, visiting));
                    if (!offered) {
                        return false;
                    }
                }
                return true;
            }
            return false;
        }
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
