package org.tongban.provincial.internal;

import java.io.ByteArrayInputStream;
import org.tongban.core.json.JsonConfig;
import com.fasterxml.jackson.core.type.TypeReference;

import com.fasterxml.jackson.databind.ObjectMapper;


import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
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
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.catalog.CatalogFeed;
import org.tongban.catalog.ImportReport;
import org.tongban.core.NodeInfo;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.data.SchemaMigrations;
import org.tongban.core.data.Changes;
import org.tongban.core.data.Transactions;
import org.tongban.core.outbox.Outbox;
import org.tongban.core.outbox.OutboxEvent;
import org.tongban.provincial.HubMapping;
import org.tongban.provincial.HubReceipt;
import org.tongban.provincial.HubRecord;
import org.tongban.provincial.HubStatus;
import org.tongban.provincial.ProvincialSync;
import org.tongban.provincial.RejectedRecord;

/**
 * The city's route to the provincial hub: the oldest undelivered outbox events (the city's own and those its counties
 * relayed), mapped by the configured {@link HubMapping}, POSTed as one batch of records; an event is marked delivered
 * once the hub's receipt accounts for every record of it (stored, already there, or refused — refused records are
 * kept for ops). Events the hub does not take are passed over. Unreachable or failing, the hub gets the same batch
 * again with exponential back-off, the outbox holding everything. The hub's catalogue is pulled on a timer. The route
 * endpoints are URIs built from configuration, so a broker (JMS, Kafka) stands in for HTTP by configuration of the
 * Camel component (README: "Sync over a broker").
 */
@Component(service = ProvincialSync.class, configurationPid = "org.tongban.provincial", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = ProvincialConfig.class)
public class HubLink implements ProvincialSync {

    private static final Logger LOG = LoggerFactory.getLogger(HubLink.class);
    static final String ROUTE = "tongban-provincial-hub";
    static final String CATALOG_ROUTE = "tongban-provincial-catalogue";
    private static final ObjectMapper JSON = JsonConfig.stored();

    private final Outbox outbox;
    private final Transactions tx;
    private final Changes changes;
    private final CatalogFeed catalog;
    private final String hub;
    private final String format;
    private final CamelContext camel;
    private final List<HubMapping> mappings = new CopyOnWriteArrayList<>();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicReference<Instant> lastDelivery = new AtomicReference<>();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final AtomicReference<Instant> lastErrorAt = new AtomicReference<>();
    private final AtomicInteger failuresInARow = new AtomicInteger();
    private final AtomicReference<Instant> lastCataloguePull = new AtomicReference<>();

    @Activate
    public HubLink(BundleContext context, @Reference Outbox outbox, @Reference Transactions tx, @Reference SchemaMigrations migrations,
                   @Reference Changes changes, @Reference NodeInfo node, @Reference CatalogFeed catalog,
                   @Reference org.tongban.core.security.Secrets secrets, ProvincialConfig config)
            throws Exception {
        this.outbox = outbox;
        this.tx = tx;
        this.changes = changes;
        this.catalog = catalog;
        this.format = config.format().trim();
        migrations.migrate("provincial", HubLink.class.getClassLoader());
        String url = config.hubUrl().isBlank() ? node.identity().upstream() : config.hubUrl();
        this.hub = url == null || url.isBlank() ? null : url.trim().replaceAll("/+$", "");
        if (hub == null) {
            camel = null;
            LOG.info("provincial sync: no hub configured (hubUrl or the node's upstream)");
            return;
        }
        String auth = "Basic " + Base64.getEncoder().encodeToString((config.user() + ":" + secrets.resolve(config.password()))
                .getBytes(StandardCharsets.UTF_8));
        OsgiDefaultCamelContext osgi = new OsgiDefaultCamelContext(context);
        osgi.setName("tongban-provincial");
        // Undelivered events stay in the outbox: a node that stops need not wait Camel's 45 s for a delivery in back-off.
        osgi.getShutdownStrategy().setTimeout(10);
        camel = osgi;
        camel.start();
        camel.addRoutes(routes(config, auth));
        LOG.info("provincial sync: delivering to {} as {}", hub, format);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addMapping(HubMapping m) {
        mappings.add(m);
    }

    void removeMapping(HubMapping m) {
        mappings.remove(m);
    }

    private RouteBuilder routes(ProvincialConfig config, String auth) {
        String http = "?throwExceptionOnFailure=true&httpClient.connectTimeout=5000&httpClient.socketTimeout=30000"
                + "&httpClient.connectionRequestTimeout=5000";
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(defaultErrorHandler().maximumRedeliveries(-1).redeliveryDelay(config.initialBackoffMillis())
                        .useExponentialBackOff().backOffMultiplier(2).maximumRedeliveryDelay(config.maxBackoffMillis())
                        .allowRedeliveryWhileStopping(false).retryAttemptedLogLevel(LoggingLevel.DEBUG).onRedelivery(HubLink.this::failed));
                from("timer:" + ROUTE + "?delay=2000&period=" + config.periodMillis()).routeId(ROUTE)
                        .process(e -> batch(e, config.batchSize()))
                        .filter(exchangeProperty("records").isNotNull())
                        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                        .setHeader("Authorization", constant(auth))
                        .to(hub + config.datasetsPath() + http)
                        .process(HubLink.this::acknowledge);
                if (config.catalogPullSeconds() > 0) {
                    from("timer:" + CATALOG_ROUTE + "?delay=3000&period=" + config.catalogPullSeconds() * 1000).routeId(CATALOG_ROUTE)
                            .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                            .setHeader("Authorization", constant(auth))
                            .to(hub + config.cataloguePath() + http)
                            .process(HubLink.this::publishCatalogue);
                }
            }
        };
    }

    private HubMapping mapping() {
        return mappings.stream().filter(m -> m.format().equals(format)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no hub mapping for format " + format + " is installed"));
    }

    /** Maps the next events; those the hub does not take are marked delivered at once, the rest go as one body. */
    private void batch(Exchange exchange, int size) throws Exception {
        List<OutboxEvent> pending = outbox.pending(size);
        if (pending.isEmpty()) {
            return;
        }
        HubMapping m = mapping();
        List<String> passedOver = new ArrayList<>();
        List<HubRecord> records = new ArrayList<>();
        List<String[]> owners = new ArrayList<>();
        for (OutboxEvent e : pending) {
            List<HubRecord> mapped = m.map(e);
            if (mapped.isEmpty()) {
                passedOver.add(e.id());
            }
            for (HubRecord r : mapped) {
                records.add(r);
                owners.add(new String[] {r.recordId(), e.id()});
            }
        }
        if (!passedOver.isEmpty()) {
            outbox.markDelivered(passedOver);
        }
        if (records.isEmpty()) {
            return;
        }
        exchange.setProperty("records", records);
        exchange.setProperty("owners", owners);
        exchange.getIn().setBody(JSON.writeValueAsBytes(Map.of("format", m.format(), "records", records)));
    }

    @SuppressWarnings("unchecked")
    private void acknowledge(Exchange exchange) throws Exception {
        List<HubRecord> sent = exchange.getProperty("records", List.class);
        List<String[]> owners = exchange.getProperty("owners", List.class);
        HubReceipt receipt = JSON.readValue(exchange.getIn().getBody(byte[].class), new TypeReference<HubReceipt>() { });
        Set<String> accounted = new HashSet<>(receipt.stored());
        accounted.addAll(receipt.duplicates());
        accounted.addAll(receipt.rejected().keySet());
        if (!receipt.rejected().isEmpty()) {
            Instant now = Instant.now();
            changes.apply(ch -> {
                for (HubRecord r : sent) {
                    String reason = receipt.rejected().get(r.recordId());
                    if (reason != null) {
                        String event = owners.stream().filter(o -> o[0].equals(r.recordId())).findFirst().map(o -> o[1]).orElse("?");
                        ProvincialStore.reject(ch.sql(), new RejectedRecord(r.recordId(), event, r.dataset(), r.caseNumber(), reason, now));
                        ch.audit(new AuditEntry("provincial-sync", "node", "provincial.rejected", "case:" + r.caseNumber(),
                                r.dataset() + " record " + r.recordId() + ": " + reason));
                    }
                }
                return null;
            });
            LOG.warn("provincial sync: the hub refused {} record(s); see tongban:hub-status", receipt.rejected().size());
        }
        // An event is done when the hub accounted for every one of its records.
        Set<String> events = new HashSet<>();
        Set<String> open = new HashSet<>();
        for (String[] o : owners) {
            events.add(o[1]);
            if (!accounted.contains(o[0])) {
                open.add(o[1]);
            }
        }
        events.removeAll(open);
        outbox.markDelivered(new ArrayList<>(events));
        delivered.addAndGet(receipt.stored().size() + receipt.duplicates().size());
        lastDelivery.set(Instant.now());
        if (failuresInARow.getAndSet(0) > 0) {
            LOG.info("provincial sync: {} reachable again", hub);
        }
    }

    private void publishCatalogue(Exchange exchange) throws Exception {
        ImportReport report = catalog.adopt(new ByteArrayInputStream(exchange.getIn().getBody(byte[].class)), "hub:" + hub);
        lastCataloguePull.set(Instant.now());
        if (!report.created().isEmpty() || !report.updated().isEmpty()) {
            LOG.info("provincial sync: catalogue from the hub: {} new, {} updated", report.created().size(), report.updated().size());
        }
    }

    private void failed(Exchange exchange) {
        Exception e = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String message = e == null ? "unknown failure" : e.getClass().getSimpleName() + ": " + e.getMessage();
        lastError.set(message);
        lastErrorAt.set(Instant.now());
        int n = failuresInARow.incrementAndGet();
        if (n == 1 || n % 10 == 0) {
            LOG.warn("provincial sync: delivery to {} failed ({} in a row), retrying with back-off: {}", hub, n, message);
        }
    }

    @Override
    public HubStatus status() {
        boolean running = camel != null && camel.getRouteController().getRouteStatus(ROUTE) != null
                && camel.getRouteController().getRouteStatus(ROUTE).isStarted();
        return new HubStatus(hub, format, running, outbox.pendingCount(), delivered.get(), tx.read(ProvincialStore::count),
                lastDelivery.get(), lastError.get(), lastErrorAt.get(), failuresInARow.get(), lastCataloguePull.get());
    }

    @Override
    public List<RejectedRecord> rejected(int limit) {
        return tx.read(c -> ProvincialStore.rejected(c, Math.max(1, Math.min(limit, 1000))));
    }

    @Deactivate
    void stop() {
        if (camel != null) {
            camel.stop();
        }
    }
}
