package org.tongban.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongban.itests.RealNodes.freeOffset;
import static org.tongban.itests.RealNodes.get;
import static org.tongban.itests.RealNodes.status;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.jms.BytesMessage;
import javax.jms.Connection;
import javax.jms.Message;
import javax.jms.MessageConsumer;
import javax.jms.Session;
import javax.jms.TemporaryQueue;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The same link as SyncNodesIT, moved onto a broker by configuration alone: a township and its county, each with
 * tongban-sync-jms and the broker in etc/org.tongban.sync.broker.cfg, the township's upstream the county's queue, the
 * county taking its queue in. The township's HTTP upstream leads nowhere, so whatever arrives came through the broker:
 * the catalogue down, cases up (each event once, in order), through an outage of the broker itself; a request with a
 * stranger's credentials gets a refusal, not the county's data.
 */
class BrokerSyncIT extends KeptNodesTest {

    private static final String QUEUE = "tongban.sync.county-370783";

    private EmbeddedActiveMQ broker;

    BrokerSyncIT() {
        super("broker-sync");
    }

    @AfterEach
    void stopBroker() throws Exception {
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void casesTravelUpThroughTheBrokerOnceAndInOrder() throws Exception {
        int brokerPort = freePort();
        broker = startBroker(brokerPort);
        int countyOffset = freeOffset(3300);
        int townshipOffset = freeOffset(countyOffset + 37);
        Path county = nodes.unpack("county");
        Path township = nodes.unpack("township");
        String countyUrl = RealNodes.url(countyOffset);
        String townshipUrl = RealNodes.url(townshipOffset);
        RealNodes.initCounty(county, countyOffset);
        // Nothing listens on port 9: any delivery that arrives came through the broker.
        RealNodes.initTownship(township, townshipOffset, "http://127.0.0.1:9");
        RealNodes.link(county, township, "township-370783003", "sync-secret", 2);
        RealNodes.demo(county);
        // The move onto the broker: configuration only.
        String endpoint = "jms:queue:" + QUEUE;
        Path townshipSync = township.resolve("etc/org.tongban.sync.cfg");
        Files.writeString(townshipSync, Files.readString(townshipSync).replace("upstream =\n", "upstream = " + endpoint + "\n"));
        Path countySync = county.resolve("etc/org.tongban.sync.cfg");
        Files.writeString(countySync, Files.readString(countySync).replaceFirst("(?m)^inbound =.*$", "inbound = " + endpoint));
        assertTrue(Files.readString(countySync).contains("inbound = " + endpoint));
        for (Path node : List.of(county, township)) {
            Files.writeString(node.resolve("etc/org.tongban.sync.broker.cfg"), "url = tcp://127.0.0.1:" + brokerPort + "\n");
            RealNodes.bootFeature(node, "tongban-sync-jms");
        }

        nodes.startTogether(new Path[] {county, township}, new String[] {countyUrl, townshipUrl});
        await("the county's catalogue, pulled through the broker").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> status(townshipUrl + "/api/v1/catalog/items/" + RealNodes.FOOD) == 200);
        String first = RealNodes.submitFoodCase(townshipUrl);
        await("the first case at the county").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> get(countyUrl + "/api/v1/sync/inbox?subject=case:" + first, "ops").contains("case.accepted"));
        assertTrue(get(townshipUrl + "/api/v1/sync/status", "ops").contains("\"upstream\":\"" + endpoint + "\""));

        // The broker goes away; the township goes on taking cases in, and they wait in its outbox.
        broker.stop();
        List<String> during = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            during.add(RealNodes.submitFoodCase(townshipUrl));
        }
        await("the township notices").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> get(townshipUrl + "/api/v1/sync/status", "ops").matches(".*\"failuresInARow\":[1-9].*"));
        assertTrue(get(townshipUrl + "/api/v1/sync/status", "ops").matches(".*\"pending\":[1-9].*"));

        broker = startBroker(brokerPort);
        List<String> after = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            after.add(RealNodes.submitFoodCase(townshipUrl));
        }
        await("the outbox drains through the broker").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> get(townshipUrl + "/api/v1/sync/status", "ops").contains("\"pending\":0"));
        List<String> all = new ArrayList<>(during);
        all.addAll(after);
        for (String number : all) {
            String inbox = get(countyUrl + "/api/v1/sync/inbox?subject=case:" + number, "ops");
            assertEquals(List.of(1L, 2L), RealNodes.subjectSeqs(inbox), "each event of " + number + " once, in order: " + inbox);
            assertTrue(inbox.contains("\"receivedFrom\":\"township-370783003\""), inbox);
        }

        // Someone else on the broker: asks with a stranger's credentials, is refused, and the inbox is unchanged.
        assertEquals(401, ask("events", "intruder", "guess", "[]".getBytes(StandardCharsets.UTF_8)));
        assertEquals(401, ask("downstream", "township-370783003", "wrong", new byte[0]));
        assertEquals(400, ask("nonsense", "township-370783003", "sync-secret", new byte[0]));
        assertEquals(400, ask("events", "township-370783003", "sync-secret", "{not json".getBytes(StandardCharsets.UTF_8)));
        assertTrue(get(countyUrl + "/api/v1/audit/verify", "ops").contains("\"intact\":true"));
        assertTrue(get(townshipUrl + "/api/v1/sync/status", "ops").contains("\"failuresInARow\":0"));
        passed();
    }

    /** One request to the county's queue as a child would send it; the status of the county's reply. */
    private static int ask(String request, String user, String password, byte[] body) throws Exception {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl);
             Connection connection = factory.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            TemporaryQueue replies = session.createTemporaryQueue();
            BytesMessage message = session.createBytesMessage();
            message.writeBytes(body);
            message.setStringProperty("TongbanRequest", request);
            message.setStringProperty("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            message.setJMSReplyTo(replies);
            session.createProducer(session.createQueue(QUEUE)).send(message);
            MessageConsumer consumer = session.createConsumer(replies);
            Message reply = consumer.receive(30_000);
            assertTrue(reply != null, "no reply to " + request + " within 30 s");
            return reply.getIntProperty("TongbanStatus");
        }
    }

    private static String brokerUrl;

    private EmbeddedActiveMQ startBroker(int port) throws Exception {
        brokerUrl = "tcp://127.0.0.1:" + port;
        EmbeddedActiveMQ server = new EmbeddedActiveMQ();
        server.setConfiguration(new ConfigurationImpl()
                .setPersistenceEnabled(false)
                .setSecurityEnabled(false)
                .addAcceptorConfiguration("tcp", brokerUrl));
        server.start();
        return server;
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

}
