package org.tongban.sync.internal;

import java.io.ByteArrayInputStream;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.core.osgi.OsgiDefaultCamelContext;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.catalog.CatalogFeed;
import org.tongban.catalog.ImportReport;
import org.tongban.core.NodeInfo;
import org.tongban.core.outbox.Outbox;
import org.tongban.core.outbox.OutboxEvent;
import org.tongban.sync.DownEvent;
import org.tongban.sync.Receipt;
import org.tongban.sync.SyncEvent;
import org.tongban.sync.SyncStatus;

/**
 * The upstream route: a Camel context this component owns, with one route that takes the oldest undelivered outbox
 * events, POSTs them to the parent's {@code /api/v1/sync/events} and marks delivered only what the parent's receipt
 * says it stored (or already had). While the parent is unreachable or failing, Camel redelivers the same batch with
 * exponential back-off; the outbox keeps everything meanwhile, so a node collects cases with its line down and loses
 * nothing. Events go in outbox order, so each subject's events arrive in order. Inactive without an upstream. With a
 * {@code jms:} upstream the same routes send each call as a request-reply through the broker instead ({@link Broker}).
 */
@Component(service = UpstreamLink.class, configurationPid = "org.tongban.sync", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = SyncConfig.class)
public class UpstreamLink {

    private static final Logger LOG = LoggerFactory.getLogger(UpstreamLink.class);
    static final String ROUTE = "tongban-sync-upstream";
    static final String CATALOG_ROUTE = "tongban-sync-catalogue";
    static final String DOWN_ROUTE = "tongban-sync-downstream";
    /** Exchange property: the batch just read was full, so the route sends the next one without waiting for the timer. */
    private static final String MORE = "tongban.sync.more";
    private static final ObjectMapper JSON = Broker.JSON;

    private final Outbox outbox;
    private final SyncComponent sync;
    private final String upstream;
    private final CamelContext camel;
    private final AtomicLong delivered = new AtomicLong();
    /** Marks a batch delivered and reads the next while one is on its way; one job at a time. */
    private final ExecutorService helper = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tongban-sync-ahead");
        t.setDaemon(true);
        return t;
    });
    /** Acknowledged by the parent, to be marked with the next batch (only the route's thread uses it). */
    private volatile List<String> unmarked = List.of();
    /** The helper's job for the batch on its way: the batch before marked, the one after read. */
    private volatile Future<List<OutboxEvent>> ahead;
    /** The batch in flight was acknowledged and the next one follows at once: what was read ahead may go. */
    private volatile boolean follows;
    private final AtomicReference<Instant> lastDelivery = new AtomicReference<>();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final AtomicReference<Instant> lastErrorAt = new AtomicReference<>();
    private final AtomicInteger failuresInARow = new AtomicInteger();
    private final AtomicReference<Instant> lastCatalogPull = new AtomicReference<>();
    private final CatalogFeed catalog;
    private final int downBatch;
    /** Over a broker: watches for its connection, which the routes wait for; null over HTTP. */
    private final org.osgi.util.tracker.ServiceTracker<Object, Object> brokerWatch;

    @Activate
    public UpstreamLink(BundleContext context, @Reference Outbox outbox, @Reference SyncComponent sync, @Reference NodeInfo node,
                        @Reference CatalogFeed catalog, @Reference org.tongban.core.security.Secrets secrets, SyncConfig config)
            throws Exception {
        this.outbox = outbox;
        this.catalog = catalog;
        this.sync = sync;
        this.downBatch = config.batchSize();
        // A city's upstream is the provincial hub, which takes its own format: tongban-provincial-sync delivers there, and
        // this link to a parent node runs on a city only when org.tongban.sync names one explicitly.
        boolean city = node.identity().level() == org.tongban.core.NodeLevel.CITY;
        String url = !config.upstream().isBlank() ? config.upstream() : city ? null : node.identity().upstream();
        this.upstream = url == null || url.isBlank() ? null : url.trim().replaceAll("/+$", "");
        if (upstream == null) {
            camel = null;
            brokerWatch = null;
            LOG.info("sync: no upstream configured; this node keeps its events");
            return;
        }
        String auth = "Basic " + Base64.getEncoder().encodeToString((config.user() + ":" + secrets.resolve(config.password()))
                .getBytes(StandardCharsets.UTF_8));
        OsgiDefaultCamelContext osgi = new OsgiDefaultCamelContext(context);
        osgi.setName("tongban-sync");
        // Undelivered events stay in the outbox: a node that stops need not wait Camel's 45 s for a delivery in back-off.
        osgi.getShutdownStrategy().setTimeout(10);
        camel = osgi;
        // Camel 3.22's OSGi context initialises in its constructor: start it, then add the routes (STACK.md).
        camel.start();
        if (Broker.isBroker(upstream)) {
            // The routes need the broker's connection (tongban-sync-jms): they start when it is there, stop when it goes.
            brokerWatch = Broker.whenAvailable(context, factory -> startRoutes(factory, config, auth), this::stopRoutes);
            if (camel.getRoutes().isEmpty()) {
                LOG.warn("sync: delivering to {} waits for the broker: install tongban-sync-jms and configure "
                        + "etc/org.tongban.sync.broker.cfg", upstream);
            }
        } else {
            brokerWatch = null;
            camel.addRoutes(route(config, auth));
            LOG.info("sync: delivering to {}", upstream);
        }
    }

    private void startRoutes(Object connectionFactory, SyncConfig config, String auth) {
        try {
            camel.getRegistry().bind(Broker.CONNECTION_FACTORY, connectionFactory);
            camel.addRoutes(route(config, auth));
            LOG.info("sync: delivering to {} through the broker", upstream);
        } catch (Exception e) {
            LOG.error("sync: the routes to {} could not start: {}", upstream, e.getMessage(), e);
        }
    }

    /** The broker's connection went: the routes stop (the outbox keeps everything) until it is back. */
    private void stopRoutes() {
        Broker.removeRoutes(camel, LOG, ROUTE, DOWN_ROUTE, CATALOG_ROUTE);
        LOG.warn("sync: the broker's connection is gone; events wait in the outbox");
    }

    private RouteBuilder route(SyncConfig config, String auth) {
        boolean broker = Broker.isBroker(upstream);
        String target = broker ? Broker.requestReply(upstream, 30_000) : upstream + "/api/v1/sync/events"
                + "?throwExceptionOnFailure=true&httpClient.connectTimeout=5000&httpClient.socketTimeout=30000"
                + "&httpClient.connectionRequestTimeout=5000";
        String down = broker ? Broker.requestReply(upstream, 30_000) : upstream + "/api/v1/sync/downstream"
                + "?throwExceptionOnFailure=true&httpClient.connectTimeout=5000&httpClient.socketTimeout=30000";
        String catalogue = broker ? Broker.requestReply(upstream, 60_000) : upstream + "/api/v1/catalog/items/export"
                + "?throwExceptionOnFailure=true&httpClient.connectTimeout=5000&httpClient.socketTimeout=60000";
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(defaultErrorHandler()
                        .maximumRedeliveries(-1)
                        .redeliveryDelay(config.initialBackoffMillis())
                        .useExponentialBackOff()
                        .backOffMultiplier(2)
                        .maximumRedeliveryDelay(config.maxBackoffMillis())
                        .allowRedeliveryWhileStopping(false)
                        .retryAttemptedLogLevel(LoggingLevel.DEBUG)
                        .onRedelivery(UpstreamLink.this::failed));
                // Each tick drains: while a batch comes back full the next one goes at once, so a backlog is sent
                // back to back; the timer's period is only the wait once the outbox is (nearly) empty. A failure is
                // redelivered with back-off above, inside the loop, so nothing later overtakes the batch that failed.
                from("timer:" + ROUTE + "?delay=2000&period=" + config.periodMillis()).routeId(ROUTE)
                        .setProperty(MORE, constant(true))
                        .loopDoWhile(exchangeProperty(MORE).isEqualTo(true))
                            .process(e -> batch(e, config.batchSize()))
                            .filter(exchangeProperty("events").isNotNull())
                                .process(e -> request(e, Broker.EVENTS, auth))
                                .to(target)
                                .process(UpstreamLink.this::checkReply)
                                .process(UpstreamLink.this::acknowledge)
                            .end()
                        .end();
                // The way down: events the parent holds for this node or below (a decision for the village where a case
                // began), pulled after this node's cursor, so a child behind a one-way line still gets them.
                from("timer:" + DOWN_ROUTE + "?delay=2500&period=" + config.periodMillis()).routeId(DOWN_ROUTE)
                        .process(e -> request(e, Broker.DOWNSTREAM, auth))
                        .to(down)
                        .process(UpstreamLink.this::checkReply)
                        .process(UpstreamLink.this::receiveDown);
                if (config.catalogPullSeconds() > 0) {
                    // The parent's catalogue, published here as it is there: changed items become new versions.
                    from("timer:" + CATALOG_ROUTE + "?delay=3000&period=" + config.catalogPullSeconds() * 1000).routeId(CATALOG_ROUTE)
                            .process(e -> request(e, Broker.CATALOGUE, auth))
                            .to(catalogue)
                            .process(UpstreamLink.this::checkReply)
                            .process(UpstreamLink.this::publishCatalogue);
                }
            }
        };
    }

    /**
     * The headers of one call to the parent: over HTTP its method, query and credentials; over a broker what is asked
     * (and after what) beside the same credentials, with an empty body where HTTP would have none.
     */
    private void request(Exchange exchange, String what, String auth) {
        exchange.getIn().setHeader(Broker.AUTHORIZATION, auth);
        if (Broker.isBroker(upstream)) {
            exchange.getIn().setHeader(Broker.REQUEST, what);
            if (Broker.DOWNSTREAM.equals(what)) {
                exchange.getIn().setHeader(Broker.QUERY, downQuery());
            }
            if (!Broker.EVENTS.equals(what)) {
                exchange.getIn().setBody(new byte[0]);
            }
        } else if (Broker.EVENTS.equals(what)) {
            exchange.getIn().setHeader(Exchange.HTTP_METHOD, "POST");
            exchange.getIn().setHeader(Exchange.CONTENT_TYPE, "application/json");
        } else {
            exchange.getIn().setHeader(Exchange.HTTP_METHOD, "GET");
            if (Broker.DOWNSTREAM.equals(what)) {
                exchange.getIn().setHeader(Exchange.HTTP_QUERY, downQuery());
            }
        }
    }

    /** Over HTTP a refusal already failed the call (throwExceptionOnFailure); over a broker it is the reply's status. */
    private void checkReply(Exchange exchange) {
        if (Broker.isBroker(upstream)) {
            Broker.checkReply(exchange);
        }
    }

    /** The parent's tongban-catalog/1 document, published into this node's catalogue. */
    private void publishCatalogue(Exchange exchange) throws Exception {
        ImportReport report = catalog.adopt(new ByteArrayInputStream(exchange.getIn().getBody(byte[].class)), "sync:" + upstream);
        lastCatalogPull.set(Instant.now());
        reachable();
        if (!report.created().isEmpty() || !report.updated().isEmpty() || !report.rejected().isEmpty()) {
            LOG.info("sync: catalogue from {}: {} new, {} updated, {} unchanged, {} rejected {}", upstream, report.created().size(),
                    report.updated().size(), report.unchanged().size(), report.rejected().size(), report.rejected().keySet());
        }
    }

    /** The query of the next pull: after this node's cursor (what it has stored), which also tells the parent what is done. */
    public String downQuery() {
        return "after=" + sync.downCursor() + "&limit=" + downBatch;
    }

    private void receiveDown(Exchange exchange) throws Exception {
        List<DownEvent> events = JSON.readValue(exchange.getIn().getBody(byte[].class), new TypeReference<List<DownEvent>>() { });
        int applied = sync.receiveDown(events);
        if (applied > 0) {
            LOG.info("sync: {} event(s) from {} applied here", applied, upstream);
        }
        reachable();
    }

    /**
     * The next batch in outbox order as the body; no property (and the filter stops) when there is nothing to send.
     * {@link #MORE} says whether to go on at once after it: only when it is full, so there may be more behind it.
     * While a full batch is on its way, a helper thread marks the one before it delivered (acknowledged by the parent,
     * see {@link #acknowledge}) and reads the one after it, leaving out what is on its way: so this node's outbox work
     * overlaps the parent's work on the batch instead of taking turns with it.
     */
    private void batch(Exchange exchange, int size) throws Exception {
        // The loop reuses the exchange: nothing of the previous round (its events, the parent's response headers) goes on.
        exchange.removeProperty("events");
        exchange.getIn().removeHeaders("*");
        exchange.getIn().setBody(null);
        List<OutboxEvent> pending = awaitAhead();   // once it is back, the batch before the last one is marked too
        if (!follows) {
            // What was read ahead left out the batch then in flight; it is sent only if that batch was acknowledged.
            // Otherwise (its exchange failed, e.g. the route stopping during back-off) that batch goes first again.
            pending = null;
        }
        follows = false;
        List<String> acknowledged = unmarked;
        unmarked = List.of();
        if (pending == null) {   // nothing read ahead: the first batch of a tick (or the read ahead failed)
            pending = read(size, acknowledged);
        }
        boolean more = pending.size() >= size && !stopping(exchange);
        exchange.setProperty(MORE, more);
        List<String> sending = pending.stream().map(OutboxEvent::id).toList();
        if (more) {
            ahead = helper.submit(() -> {
                markQuietly(acknowledged);
                return read(size, sending);
            });
        } else if (!acknowledged.isEmpty()) {
            markDelivered(acknowledged);
        }
        if (pending.isEmpty()) {
            return;
        }
        List<SyncEvent> events = pending.stream().map(o -> new SyncEvent(o.id(), o.originNode(), o.subject(), o.subjectSeq(),
                o.type(), o.payloadVersion(), o.payload(), o.created())).toList();
        exchange.setProperty("events", events);
        exchange.getIn().setBody(JSON.writeValueAsBytes(events));
    }

    /** The oldest pending events but those given (acknowledged or on their way, not marked yet), in outbox order. */
    private List<OutboxEvent> read(int size, List<String> leaveOut) {
        java.util.Set<String> skip = new java.util.HashSet<>(leaveOut);
        return outbox.pending(size + skip.size()).stream().filter(o -> !skip.contains(o.id())).limit(size).toList();
    }

    private void markDelivered(List<String> ids) {
        if (!ids.isEmpty()) {
            outbox.markDelivered(ids);
            delivered.addAndGet(ids.size());
            lastDelivery.set(Instant.now());
        }
    }

    /** Should marking fail, the events are still queued: they go again, and the parent answers them as duplicates. */
    private void markQuietly(List<String> ids) {
        try {
            markDelivered(ids);
        } catch (RuntimeException e) {
            LOG.warn("sync: marking {} acknowledged event(s) delivered failed; they will be sent again: {}", ids.size(), e.toString());
        }
    }

    /** What the helper read ahead, once it is done (and so has marked the batch before); null when nothing was read. */
    private List<OutboxEvent> awaitAhead() throws InterruptedException {
        Future<List<OutboxEvent>> f = ahead;
        ahead = null;
        if (f == null) {
            return null;
        }
        try {
            return f.get();
        } catch (ExecutionException e) {
            LOG.warn("sync: reading the next batch ahead failed; reading it again: {}", e.getCause().toString());
            return null;
        }
    }

    /** A node going down ends the drain after the batch in hand, so it does not hold up the shutdown. */
    private static boolean stopping(Exchange exchange) {
        org.apache.camel.ServiceStatus route = exchange.getContext().getRouteController().getRouteStatus(ROUTE);
        return exchange.getContext().getStatus().isStopping() || route == null || !route.isStarted();
    }

    /**
     * Marks delivered what the parent stored or had (now, or with the next batch when one follows at once); what it
     * rejected goes to the dead letters. Either way only after the parent's receipt, so a node killed in between sends
     * the events again and the parent acknowledges them as duplicates.
     */
    @SuppressWarnings("unchecked")
    private void acknowledge(Exchange exchange) throws Exception {
        List<SyncEvent> sent = exchange.getProperty("events", List.class);
        Receipt receipt = JSON.readValue(exchange.getIn().getBody(byte[].class), new TypeReference<Receipt>() { });
        List<String> done = new java.util.ArrayList<>(receipt.stored());
        done.addAll(receipt.duplicates());
        if (done.size() + receipt.rejected().size() < sent.size()) {
            // A receipt that leaves events out: they stay queued, and the next try waits for the timer, not at once.
            exchange.setProperty(MORE, false);
        }
        if (Boolean.TRUE.equals(exchange.getProperty(MORE, Boolean.class))) {
            // The next batch follows at once (read ahead already, without these): the helper marks these while it is
            // on its way. Until then they are still queued here.
            unmarked = done;
            follows = true;
        } else {
            awaitAhead();   // the batch before is marked; what was read ahead is not sent now
            markDelivered(done);
        }
        if (!receipt.rejected().isEmpty()) {
            Map<SyncEvent, String> dead = new LinkedHashMap<>();
            for (SyncEvent e : sent) {
                String reason = receipt.rejected().get(e.id());
                if (reason != null) {
                    dead.put(e, reason);
                }
            }
            sync.deadLetters(dead);
            LOG.warn("sync: the parent rejected {} event(s); see tongban:sync-dead-letters", dead.size());
        }
        reachable();
    }

    /** Any exchange that worked (events up, news down, the catalogue) ends a run of failures: the parent is there. */
    private void reachable() {
        if (failuresInARow.getAndSet(0) > 0) {
            LOG.info("sync: {} reachable again", upstream);
        }
    }

    private void failed(Exchange exchange) {
        // During redelivery Camel keeps the failure as a property, not as the exchange's exception.
        Exception e = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String message = e == null ? "unknown failure" : e.getClass().getSimpleName() + ": " + e.getMessage();
        lastError.set(message);
        lastErrorAt.set(Instant.now());
        int n = failuresInARow.incrementAndGet();
        if (n == 1 || n % 10 == 0) {
            LOG.warn("sync: delivery to {} failed ({} in a row), retrying with back-off: {}", upstream, n, message);
        }
    }

    SyncStatus status(long pending, long deadLetters) {
        boolean running = camel != null && camel.getRouteController().getRouteStatus(ROUTE) != null
                && camel.getRouteController().getRouteStatus(ROUTE).isStarted();
        return new SyncStatus(upstream, running, pending, delivered.get(), deadLetters, lastDelivery.get(), lastError.get(),
                lastErrorAt.get(), failuresInARow.get(), lastCatalogPull.get());
    }

    @Deactivate
    void stop() {
        if (brokerWatch != null) {
            brokerWatch.close();
        }
        if (camel != null) {
            camel.stop();
        }
        helper.shutdown();
        try {
            if (!helper.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.warn("sync: marking acknowledged events delivered did not finish; they will be sent again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
