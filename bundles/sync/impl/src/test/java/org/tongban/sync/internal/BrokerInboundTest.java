package org.tongban.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.tongban.catalog.CatalogFeed;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Logins;
import org.tongban.sync.Receipt;
import org.tongban.sync.Sync;

/** The parent's answers over a broker: who may ask, what they may ask, and what a malformed request gets. */
class BrokerInboundTest {

    private final List<String> calls = new ArrayList<>();

    /** Sync and the catalogue feed at the edge: they record what they are asked and answer something plain. */
    private final Sync sync = (Sync) Proxy.newProxyInstance(Sync.class.getClassLoader(), new Class<?>[] {Sync.class}, (p, m, args) -> {
        calls.add(m.getName() + " " + args[0] + (m.getName().equals("downstream") ? " " + args[1] + " " + args[2] : ""));
        return switch (m.getName()) {
            case "receive" -> new Receipt(List.of("e1"), List.of(), Map.of());
            case "downstream" -> List.of();
            default -> throw new UnsupportedOperationException(m.getName());
        };
    });
    private final CatalogFeed catalog = (CatalogFeed) Proxy.newProxyInstance(CatalogFeed.class.getClassLoader(),
            new Class<?>[] {CatalogFeed.class}, (p, m, args) -> {
                if (m.getName().equals("document")) {
                    return "{\"format\":\"tongban-catalog/1\",\"items\":[]}";   // as the catalogue writes it
                }
                throw new UnsupportedOperationException(m.getName());
            });
    /** The realm: one child node and one clerk, who is no node. */
    private final Logins logins = (user, password) -> switch (user + ":" + new String(password)) {
        case "township-1:secret" -> Optional.of(Set.of(Role.NODE));
        case "clerk:clerk-demo" -> Optional.of(Set.of(Role.CLERK));
        default -> Optional.empty();
    };

    private final BrokerInbound inbound = inbound();

    private BrokerInbound inbound() {
        try {
            return new BrokerInbound(null, sync, logins, catalog, config(""));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aChildsBatchIsStoredUnderItsOwnName() {
        BrokerInbound.Reply r = inbound.answer("events", basic("township-1", "secret"), null, json("[]"));
        assertEquals(200, r.status());
        assertEquals(List.of("receive township-1"), calls);
        assertTrue(text(r).contains("\"stored\":[\"e1\"]"), text(r));
    }

    @Test
    void theWayDownReadsAfterAndLimitFromTheQuery() {
        assertEquals(200, inbound.answer("downstream", basic("township-1", "secret"), "after=42&limit=7", new byte[0]).status());
        assertEquals(List.of("downstream township-1 42 7"), calls);
        assertEquals(400, inbound.answer("downstream", basic("township-1", "secret"), "after=x", new byte[0]).status());
    }

    @Test
    void theCatalogueIsTheExportDocument() {
        BrokerInbound.Reply r = inbound.answer("catalogue", basic("township-1", "secret"), null, new byte[0]);
        assertEquals(200, r.status());
        assertEquals("{\"format\":\"tongban-catalog/1\",\"items\":[]}", text(r));
    }

    @Test
    void strangersAndUsersWhoAreNoNodeAreRefusedBeforeAnythingIsRead() {
        assertEquals(401, inbound.answer("events", basic("township-1", "wrong"), null, json("[]")).status());
        assertEquals(401, inbound.answer("events", basic("clerk", "clerk-demo"), null, json("[]")).status());
        assertEquals(401, inbound.answer("events", null, null, json("[]")).status());
        assertEquals(401, inbound.answer("events", "Basic %%%", null, json("[]")).status());
        assertEquals(401, inbound.answer("events", "Bearer abc", null, json("[]")).status());
        assertTrue(calls.isEmpty());
        assertTrue(text(inbound.answer("events", null, null, json("[]"))).contains("\"status\":401"));
    }

    @Test
    void malformedRequestsGetAProblemNotAnException() {
        String child = basic("township-1", "secret");
        assertEquals(400, inbound.answer("events", child, null, json("{not json")).status());
        assertEquals(400, inbound.answer("events", child, null, new byte[0]).status());
        assertEquals(400, inbound.answer("events", child, null, json("null")).status());
        assertEquals(400, inbound.answer(null, child, null, new byte[0]).status());
        assertEquals(400, inbound.answer("delete-everything", child, null, new byte[0]).status());
        assertTrue(calls.isEmpty());
    }

    @Test
    void aFailureInsideBecomesA500WithoutItsTrace() {
        Sync failing = (Sync) Proxy.newProxyInstance(Sync.class.getClassLoader(), new Class<?>[] {Sync.class}, (p, m, args) -> {
            throw new IllegalStateException("disk full at /secret/path");
        });
        BrokerInbound broken;
        try {
            broken = new BrokerInbound(null, failing, logins, catalog, config(""));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        DefaultExchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getIn().setHeader(Broker.REQUEST, "events");
        exchange.getIn().setHeader(Broker.AUTHORIZATION, basic("township-1", "secret"));
        exchange.getIn().setBody(json("[]"));
        broken.answer(exchange);
        assertEquals(500, exchange.getMessage().getHeader(Broker.STATUS));
        String body = new String(exchange.getMessage().getBody(byte[].class), StandardCharsets.UTF_8);
        assertTrue(!body.contains("/secret/path") && body.contains("\"status\":500"), body);
        assertTrue(exchange.getMessage().getHeader(Broker.AUTHORIZATION) == null, "the request's credentials are not sent back");
    }

    @Test
    void anInboundThatIsNoBrokerEndpointIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new BrokerInbound(null, sync, logins, catalog, config("http://x")));
    }

    @Test
    void theChildFailsTheExchangeUnlessTheParentSaid200() {
        DefaultExchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getIn().setHeader(Broker.STATUS, 200);
        Broker.checkReply(exchange);
        exchange.getIn().setHeader(Broker.STATUS, 401);
        exchange.getIn().setBody(json("{\"title\":\"Unauthorized\"}"));
        RuntimeException e = assertThrows(Broker.BrokerReplyException.class, () -> Broker.checkReply(exchange));
        assertTrue(e.getMessage().contains("401") && e.getMessage().contains("Unauthorized"), e.getMessage());
        exchange.getIn().removeHeader(Broker.STATUS);
        assertThrows(Broker.BrokerReplyException.class, () -> Broker.checkReply(exchange));
        assertTrue(Broker.isBroker("jms:queue:q") && !Broker.isBroker("http://county:8181"));
        assertEquals("jms:queue:q?concurrentConsumers=2&connectionFactory=#tongban-broker",
                Broker.consumer("jms:queue:q?concurrentConsumers=2"));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] json(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(BrokerInbound.Reply r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static SyncConfig config(String inbound) {
        return (SyncConfig) Proxy.newProxyInstance(SyncConfig.class.getClassLoader(), new Class<?>[] {SyncConfig.class}, (p, m, args) -> {
            if (m.getName().equals("inbound")) {
                return inbound;
            }
            return m.getDefaultValue();
        });
    }
}
