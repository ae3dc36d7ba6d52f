package org.tongban.sync.internal;

import org.tongban.core.json.JsonConfig;

import com.fasterxml.jackson.databind.ObjectMapper;


import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;

/**
 * What the two ends of a link agree on when it runs over a broker instead of HTTP. Each call is a JMS request-reply:
 * the child's message names what it asks for and carries the same Basic credentials HTTP would, the parent answers
 * with the body HTTP would give and a status in a property. So a batch is acknowledged only after the parent has stored
 * it, exactly as over HTTP, and a request nobody answered in time expires in the broker (Camel sets its time to live).
 */
final class Broker {

    /** The registry name of the broker's connection factory, published by tongban-sync-jms. */
    static final String CONNECTION_FACTORY = "tongban-broker";
    static final String REQUEST = "TongbanRequest";
    static final String QUERY = "TongbanQuery";
    static final String STATUS = "TongbanStatus";
    static final String AUTHORIZATION = "Authorization";
    static final String EVENTS = "events";
    static final String DOWNSTREAM = "downstream";
    static final String CATALOGUE = "catalogue";

    /** The link's JSON on both ends and both transports: ISO dates, and fields a newer node adds are ignored. */
    static final ObjectMapper JSON = JsonConfig.stored();

    private Broker() {
    }

    /** Stops and removes the routes that are there: the broker's connection went, and they need it. */
    static void removeRoutes(CamelContext camel, Logger log, String... ids) {
        for (String id : ids) {
            try {
                if (camel.getRoute(id) != null) {
                    camel.getRouteController().stopRoute(id);
                    camel.removeRoute(id);
                }
            } catch (Exception e) {
                log.warn("sync: stopping route {} failed: {}", id, e.toString());
            }
        }
    }

    static boolean isBroker(String endpoint) {
        return endpoint != null && endpoint.startsWith("jms:");
    }

    /** The endpoint with the options every sync exchange over the broker needs. */
    static String requestReply(String endpoint, long timeoutMillis) {
        return endpoint + (endpoint.contains("?") ? "&" : "?") + "connectionFactory=#" + CONNECTION_FACTORY
                + "&exchangePattern=InOut&requestTimeout=" + timeoutMillis;
    }

    /** The consuming side: the parent answers each request on its reply queue. */
    static String consumer(String endpoint) {
        return endpoint + (endpoint.contains("?") ? "&" : "?") + "connectionFactory=#" + CONNECTION_FACTORY;
    }

    /** Fails the exchange (so it is retried with back-off, as a failed HTTP call is) unless the parent answered 200. */
    static void checkReply(Exchange exchange) {
        Integer status = exchange.getIn().getHeader(STATUS, Integer.class);
        if (status == null || status != 200) {
            byte[] body = exchange.getIn().getBody(byte[].class);
            throw new BrokerReplyException(status == null ? 0 : status, body == null ? "" : new String(body, StandardCharsets.UTF_8));
        }
    }

    /** The parent answered but refused, as an HTTP status with its problem body. */
    static final class BrokerReplyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BrokerReplyException(int status, String body) {
            super("the parent answered " + (status == 0 ? "without a status" : status) + ": "
                    + (body.length() > 300 ? body.substring(0, 300) + "…" : body));
        }
    }

    /**
     * Watches for the broker's connection factory (by its registry name, so this bundle needs no JMS import): routes that
     * use it are added once it is there and removed when it goes, as tongban-sync-jms comes, goes or is reconfigured.
     * The factory is handed over to be bound into the route's Camel registry: Camel's own OSGi lookup asks the framework
     * by type, which hides a javax.jms service from a bundle that does not import javax.jms.
     */
    static ServiceTracker<Object, Object> whenAvailable(BundleContext context, Consumer<Object> added, Runnable removed) {
        Filter filter;
        try {
            filter = FrameworkUtil.createFilter("(&(objectClass=javax.jms.ConnectionFactory)(name=" + CONNECTION_FACTORY + "))");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, filter, null) {
            @Override
            public Object addingService(ServiceReference<Object> reference) {
                Object factory = context.getService(reference);
                if (factory != null && isEmpty()) {   // the first one (this one is not tracked yet)
                    added.accept(factory);
                }
                return factory;
            }

            @Override
            public void removedService(ServiceReference<Object> reference, Object service) {
                if (isEmpty()) {   // the last one went
                    removed.run();
                }
                context.ungetService(reference);
            }
        };
        tracker.open(true);
        return tracker;
    }
}
