package org.tongban.core.internal.rest;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
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

/**
 * A small whiteboard: every {@link RestResource} service is published on one CXF JAX-RS server under the CXF
 * servlet's context ({@code /api}), with the shared JSON provider, security filter and problem mappers. The server
 * is rebuilt when a resource comes or goes, so a capability's paths appear and vanish with its bundle. Rebuilds
 * wait for a short quiet period, so a capability starting a dozen resources costs one rebuild, not a dozen.
 */
@Component(service = RestStatus.class, immediate = true)
public class RestServerComponent implements RestStatus {

    private static final Logger LOG = LoggerFactory.getLogger(RestServerComponent.class);

    private static final long QUIET_MILLIS = 150;

    private final Map<Long, RestResource> resources = new ConcurrentSkipListMap<>(Comparator.naturalOrder());
    private final ScheduledExecutorService rebuilder = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tongban-rest-rebuild");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> pending;
    private Server server;
    private boolean active;
    private volatile int published;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addResource(RestResource resource, Map<String, Object> props) {
        resources.put((Long) props.get("service.id"), resource);
        scheduleRebuild();
    }

    void removeResource(RestResource resource, Map<String, Object> props) {
        resources.remove((Long) props.get("service.id"));
        scheduleRebuild();
    }

    @Reference
    private RealmLogins logins;

    /** The province's identity providers, asked about bearer tokens; they come and go without a rebuild. */
    private final java.util.List<org.tongban.core.security.IdentityProvider> providers = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(org.tongban.core.security.IdentityProvider provider) {
        providers.add(provider);
    }

    void removeProvider(org.tongban.core.security.IdentityProvider provider) {
        providers.remove(provider);
    }

    @Activate
    synchronized void activate() {
        active = true;
        scheduleRebuild();
    }

    @Deactivate
    void deactivate() {
        synchronized (this) {
            active = false;
        }
        rebuilder.shutdownNow();
        synchronized (this) {
            stop();
        }
    }

    @Override
    public synchronized boolean settled() {
        return pending == null || pending.isDone();
    }

    @Override
    public int published() {
        return published;
    }

    private synchronized void scheduleRebuild() {
        if (!active) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = rebuilder.schedule(this::rebuild, QUIET_MILLIS, TimeUnit.MILLISECONDS);
    }

    private synchronized void rebuild() {
        if (!active) {
            return;
        }
        stop();
        published = 0;
        if (resources.isEmpty()) {
            return;
        }
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(BusFactory.getDefaultBus());
        factory.setAddress("/");
        factory.setServiceBeans(new ArrayList<>(resources.values()));
        factory.setProviders(List.of(
                new JacksonJsonProvider(Json.mapper()),
                new SecurityFilter(logins, providers),
                new SecurityHeaders(),
                new ExceptionMappers.ProblemMapper(),
                new ExceptionMappers.WebApplicationMapper(),
                new ExceptionMappers.JsonMapper(),
                new ExceptionMappers.CalendarMissingMapper(),
                new ExceptionMappers.IllegalArgumentMapper(),
                new ExceptionMappers.DataAccessMapper(),
                new ExceptionMappers.FallbackMapper()));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            // CXF looks up its extensions through the context class loader.
            Thread.currentThread().setContextClassLoader(RestServerComponent.class.getClassLoader());
            server = factory.create();
            published = resources.size();
            LOG.info("REST: {} resource(s) published under /api", resources.size());
        } catch (RuntimeException e) {
            LOG.error("REST server could not be built: {}", e.getMessage(), e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private void stop() {
        if (server != null) {
            server.destroy();
            server = null;
        }
    }
}
