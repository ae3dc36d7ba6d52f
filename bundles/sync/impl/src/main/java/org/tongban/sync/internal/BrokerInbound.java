package org.tongban.sync.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.core.osgi.OsgiDefaultCamelContext;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.catalog.CatalogFeed;
import org.tongban.core.rest.Problem;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Logins;
import org.tongban.sync.Sync;
import org.tongban.sync.SyncEvent;

/**
 * The parent's end of links that run over a broker: a route from this node's queue ({@code inbound} in
 * etc/org.tongban.sync.cfg) that answers each child's request as the HTTP endpoint would, the same realm checking the
 * same credentials, {@link Sync#receive} storing the batch before the reply goes. Inactive while {@code inbound} is
 * empty; waits for the broker's connection (tongban-sync-jms) like the upstream route does.
 */
@Component(configurationPid = "org.tongban.sync", configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
public class BrokerInbound {

    static final String ROUTE = "tongban-sync-inbound";
    private static final Logger LOG = LoggerFactory.getLogger(BrokerInbound.class);
    private static final ObjectMapper JSON = Broker.JSON;

    private final Sync sync;
    private final Logins logins;
    private final CatalogFeed catalog;
    private final String inbound;
    private final CamelContext camel;
    private final ServiceTracker<Object, Object> brokerWatch;

    @Activate
    public BrokerInbound(BundleContext context, @Reference Sync sync, @Reference Logins logins, @Reference CatalogFeed catalog,
                         SyncConfig config) throws Exception {
        this.sync = sync;
        this.logins = logins;
        this.catalog = catalog;
        this.inbound = config.inbound() == null ? "" : config.inbound().trim();
        if (inbound.isEmpty()) {
            camel = null;
            brokerWatch = null;
            return;
        }
        if (!Broker.isBroker(inbound)) {
            throw new IllegalArgumentException("org.tongban.sync: inbound must be a jms: endpoint, not " + inbound);
        }
        OsgiDefaultCamelContext osgi = new OsgiDefaultCamelContext(context);
        osgi.setName("tongban-sync-inbound");
        // Undelivered events stay in the outbox: a node that stops need not wait Camel's 45 s for a delivery in back-off.
        osgi.getShutdownStrategy().setTimeout(10);
        camel = osgi;
        camel.start();
        brokerWatch = Broker.whenAvailable(context, this::startRoute, () -> Broker.removeRoutes(camel, LOG, ROUTE));
        if (camel.getRoutes().isEmpty()) {
            LOG.warn("sync: children's deliveries on {} wait for the broker: install tongban-sync-jms and configure "
                    + "etc/org.tongban.sync.broker.cfg", inbound);
        }
    }

    private void startRoute(Object connectionFactory) {
        try {
            camel.getRegistry().bind(Broker.CONNECTION_FACTORY, connectionFactory);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(Broker.consumer(inbound)).routeId(ROUTE).process(BrokerInbound.this::answer);
                }
            });
            LOG.info("sync: taking children's deliveries from {}", inbound);
        } catch (Exception e) {
            LOG.error("sync: the route from {} could not start: {}", inbound, e.getMessage(), e);
        }
    }


    /** One request of a child: its answer (and status) in place of the request, which Camel sends to the reply queue. */
    void answer(Exchange exchange) {
        Message in = exchange.getIn();
        Reply reply;
        try {
            reply = answer(in.getHeader(Broker.REQUEST, String.class), in.getHeader(Broker.AUTHORIZATION, String.class),
                    in.getHeader(Broker.QUERY, String.class), in.getBody(byte[].class));
        } catch (RuntimeException e) {
            // As the REST server would: the child is told, and retries; nothing of the trace leaves the node.
            LOG.error("sync: a child's request on {} failed: {}", inbound, e.toString(), e);
            reply = Reply.problem(500, "internal", "Internal error", "the request could not be handled; see the parent's log");
        }
        Message out = exchange.getMessage();
        out.removeHeaders("*");
        out.setHeader(Broker.STATUS, reply.status());
        out.setBody(reply.body());
    }

    /** The reply to one request: HTTP's status and body. */
    record Reply(int status, byte[] body) {
        static Reply ok(Object value) {
            return json(200, value);
        }

        static Reply problem(int status, String kind, String title, String detail) {
            return json(status, Problem.of(status, kind, title, detail));
        }

        private static Reply json(int status, Object value) {
            try {
                return new Reply(status, JSON.writeValueAsBytes(value));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    Reply answer(String request, String authorization, String query, byte[] body) {
        Optional<String> child = child(authorization);
        if (child.isEmpty()) {
            return Reply.problem(401, "unauthorized", "Unauthorized", "a child node's credentials (role node) are required");
        }
        if (Broker.EVENTS.equals(request)) {
            List<SyncEvent> events;
            try {
                events = body == null || body.length == 0 ? null : JSON.readValue(body, new TypeReference<List<SyncEvent>>() { });
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return Reply.problem(400, "bad-request", "Bad request", "the body is not a JSON array of events: " + e.getOriginalMessage());
            } catch (java.io.IOException e) {
                return Reply.problem(400, "bad-request", "Bad request", "the body could not be read: " + e.getMessage());
            }
            if (events == null) {
                return Reply.problem(400, "bad-request", "Bad request", "send a JSON array of events");
            }
            return Reply.ok(sync.receive(child.get(), events));
        }
        if (Broker.DOWNSTREAM.equals(request)) {
            Map<String, String> q = query(query);
            try {
                long after = Long.parseLong(q.getOrDefault("after", "0"));
                int limit = Integer.parseInt(q.getOrDefault("limit", "200"));
                return Reply.ok(sync.downstream(child.get(), after, limit));
            } catch (NumberFormatException e) {
                return Reply.problem(400, "bad-request", "Bad request", "after and limit must be numbers: " + query);
            }
        }
        if (Broker.CATALOGUE.equals(request)) {
            return new Reply(200, catalog.document().getBytes(StandardCharsets.UTF_8));
        }
        return Reply.problem(400, "bad-request", "Bad request", "unknown request '" + request + "'; one of events, downstream, catalogue");
    }

    /** The child's user, when the Basic credentials are a user of this node's realm with the role node. */
    private Optional<String> child(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String user = decoded.substring(0, colon);
        Optional<Set<Role>> roles = logins.login(user, decoded.substring(colon + 1).toCharArray());
        return roles.filter(r -> r.contains(Role.NODE)).map(r -> user);
    }

    private static Map<String, String> query(String query) {
        Map<String, String> q = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    q.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return q;
    }

    @Deactivate
    void stop() {
        if (brokerWatch != null) {
            brokerWatch.close();
        }
        if (camel != null) {
            camel.stop();
        }
    }
}
