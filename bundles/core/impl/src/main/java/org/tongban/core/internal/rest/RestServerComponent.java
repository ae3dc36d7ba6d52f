package org.tongban.core.internal.rest;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.ws.rs.Path;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.model.ClassResourceInfo;
import org.apache.cxf.jaxrs.model.URITemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.internal.json.Json;
import org.tongban.core.internal.security.RealmLogins;
import org.tongban.core.rest.RestResource;
import org.tongban.core.security.IdentityProvider;

/**
 * A small whiteboard: every {@link RestResource} service gets a CXF JAX-RS server of its own under the CXF servlet's
 * context ({@code /api}), at its class's path (the servlet sends each request to the longest address it starts
 * with), with the shared JSON provider, security filter and problem mappers. A resource coming or going creates or
 * destroys its own server and touches no other: updating one capability's bundle costs the others nothing. While a
 * resource is replaced its path is held ({@link RequestGate}) and its in-flight requests finish on the old one.
 */
@Component(service = RestStatus.class, immediate = true)
public class RestServerComponent implements RestStatus {

    private static final Logger LOG = LoggerFactory.getLogger(RestServerComponent.class);
    private static final long TRANSIT_MILLIS = 100;

    /** One resource, where it is published, and its server once built. */
    private static final class Published {
        final RestResource resource;
        final String path;
        final InFlight inFlight = new InFlight();
        volatile Server server;

        Published(RestResource resource, String path) {
            this.resource = resource;
            this.path = path;
        }
    }

    private final Map<Long, Published> resources = new ConcurrentHashMap<>();
    private final List<IdentityProvider> providers = new CopyOnWriteArrayList<>();
    private volatile boolean active;
    private Server fallback;

    @Reference
    private RealmLogins logins;

    @Reference
    private RequestGate gate;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addResource(RestResource resource, Map<String, Object> props) {
        Published p = new Published(resource, path(resource.getClass()));
        resources.put((Long) props.get("service.id"), p);
        if (active) {
            start(p);
        }
    }

    void removeResource(RestResource resource, Map<String, Object> props) {
        Published p = resources.remove((Long) props.get("service.id"));
        if (p == null) {
            return;
        }
        if (active) {
            // Requests for the path wait for its next resource; those inside finish on this one first.
            gate.depart(p.path);
            try {
                // A request that passed the gate a moment before reaches the server within this grace, and is counted.
                Thread.sleep(TRANSIT_MILLIS);
                if (!p.inFlight.drain(RequestGate.HOLD_MILLIS)) {
                    LOG.warn("REST: /api/{} still had requests in flight after {} ms; taking it down", p.path, RequestGate.HOLD_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stop(p);
    }

    /** The province's identity providers, asked about bearer tokens; they come and go without touching a server. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(IdentityProvider provider) {
        providers.add(provider);
    }

    void removeProvider(IdentityProvider provider) {
        providers.remove(provider);
    }

    @Activate
    void activate() {
        active = true;
        fallback = create("/", new NoSuchPath(), List.of(new NoSuchPath.Answer(), new JacksonJsonProvider(Json.mapper()),
                new SecurityHeaders()));
        resources.values().forEach(this::start);
    }

    @Deactivate
    void deactivate() {
        active = false;
        resources.values().forEach(this::stop);
        if (fallback != null) {
            fallback.destroy();
        }
    }

    @Override
    public boolean settled() {
        return resources.values().stream().allMatch(p -> p.server != null) && !gate.updating();
    }

    @Override
    public java.util.Set<String> paths() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        resources.values().stream().filter(p -> p.server != null).forEach(p -> out.add(p.path));
        return out;
    }

    /** A resource class's path without slashes at either end: its server's address below /api. */
    static String path(Class<?> type) {
        Path p = type.getAnnotation(Path.class);
        return p == null ? "" : p.value().trim().replaceAll("^/+|/+$", "");
    }

    private synchronized void start(Published p) {
        if (p.server != null) {
            return;
        }
        // A request reaching a server still being created got an empty 200 (a health probe took it for UP; most likely
        // CXF takes the address before the server is whole): requests for the path wait at the gate until it is.
        gate.depart(p.path);
        try {
            p.server = create("/" + p.path, p.resource, List.of(
                    p.inFlight,
                    new JacksonJsonProvider(Json.mapper()),
                    new SecurityFilter(logins, providers),
                    new SecurityHeaders(),
                    new ExceptionMappers.ProblemMapper(), new ExceptionMappers.FaultMapper(),
                    new ExceptionMappers.WebApplicationMapper(),
                    new ExceptionMappers.JsonMapper(),
                    new ExceptionMappers.CalendarMissingMapper(),
                    new ExceptionMappers.IllegalArgumentMapper(),
                    new ExceptionMappers.DataAccessMapper(),
                    new ExceptionMappers.FallbackMapper()));
            LOG.info("REST: /api/{} published ({})", p.path, p.resource.getClass().getSimpleName());
        } catch (RuntimeException e) {
            LOG.error("REST: /api/{} could not be published: {}", p.path, e.getMessage(), e);
        } finally {
            gate.arrived(p.path);
        }
    }

    /** A server for one resource at an address below /api; the class's own path is the address, matched from there. */
    private static Server create(String address, Object resource, List<Object> providers) {
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(BusFactory.getDefaultBus());
        factory.setAddress(address);
        factory.setServiceBeans(List.of(resource));
        for (ClassResourceInfo cri : factory.getServiceFactory().getClassResourceInfo()) {
            cri.setURITemplate(URITemplate.createTemplate("/"));
        }
        factory.setProviders(providers);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            // CXF looks up its extensions through the context class loader.
            Thread.currentThread().setContextClassLoader(RestServerComponent.class.getClassLoader());
            return factory.create();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private synchronized void stop(Published p) {
        Server s = p.server;
        p.server = null;
        if (s != null) {
            s.destroy();
            LOG.info("REST: /api/{} withdrawn", p.path);
        }
    }
}
