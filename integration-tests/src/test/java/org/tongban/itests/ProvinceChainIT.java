package org.tongban.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongban.itests.RealNodes.freeOffset;
import static org.tongban.itests.RealNodes.get;
import static org.tongban.itests.RealNodes.ok;
import static org.tongban.itests.RealNodes.post;
import static org.tongban.itests.RealNodes.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The whole way up and back on real nodes: village → township → city → provincial hub (the hub simulator on a node of
 * its own). A village agent's applications are decided at the township, reach the city and the hub as GB/T 39046
 * records, and their decisions come back to the village. Faults on the way: the township is stopped while the agent
 * goes on submitting, and the city is killed (kill -9) while the township's backlog is being delivered to it and on
 * to the hub. Afterwards every record is at the hub once, in the order of its case's life, every event at the city
 * once and in order, and nothing is left behind anywhere.
 */
class ProvinceChainIT extends KeptNodesTest {

    private static final String PLOT = "11370783000118785U4010000000026"; // 宅基地和建房审批, decided at the township
    private static final String STREET_OFFICE = "11370783000118785U";
    private static final int EACH_WAVE = 6;

    ProvinceChainIT() {
        super("province");
    }

    @Test
    void aVillagesCasesReachTheHubOnceAndInOrderThroughAnOutageAndACrash() throws Exception {
        int hubOffset = freeOffset(4000);
        int cityOffset = freeOffset(hubOffset + 37);
        int townshipOffset = freeOffset(cityOffset + 37);
        int villageOffset = freeOffset(townshipOffset + 37);
        Path hub = nodes.unpack("hub");
        Path city = nodes.unpack("city");
        Path township = nodes.unpack("township");
        Path village = nodes.unpack("village");
        String hubUrl = RealNodes.url(hubOffset);
        String cityUrl = RealNodes.url(cityOffset);
        String townshipUrl = RealNodes.url(townshipOffset);
        String villageUrl = RealNodes.url(villageOffset);

        // The province's hub: the simulator beside a node's own capabilities, serving the (demo) catalogue.
        RealNodes.init(hub, "--level", "county", "--division", "370000", "--id", "hub-370000", "--name", "省政务服务平台（模拟）",
                "--port-offset", Integer.toString(hubOffset));
        RealNodes.bootFeature(hub, "tongban-hub-sim");
        RealNodes.demo(hub);
        RealNodes.user(hub, "city-370700", "node");
        RealNodes.init(city, "--level", "city", "--division", "370700", "--name", "潍坊市政务服务中心", "--upstream", hubUrl,
                "--port-offset", Integer.toString(cityOffset));
        Files.writeString(city.resolve("etc/org.tongban.provincial.cfg"), "hubUrl =\ndatasetsPath = /api/v1/hub/datasets\n"
                + "cataloguePath = /api/v1/hub/catalogue\nuser = city-370700\npassword = city-370700-demo\nformat = gbt39046-json/1\n"
                + "batchSize = 50\nperiodMillis = 300\ninitialBackoffMillis = 300\nmaxBackoffMillis = 2000\ncatalogPullSeconds = 2\n");
        RealNodes.initTownship(township, townshipOffset, cityUrl);
        RealNodes.init(village, "--level", "village", "--division", "370783003201", "--name", "东关村代办点",
                "--upstream", townshipUrl, "--port-offset", Integer.toString(villageOffset));
        RealNodes.link(city, township, "township-370783003", "township-secret", 2);
        RealNodes.link(township, village, "village-370783003201", "village-secret", 2);

        nodes.startTogether(new Path[] {hub, city, township, village}, new String[] {hubUrl, cityUrl, townshipUrl, villageUrl});
        await("the hub's catalogue comes down to the village").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> status(villageUrl + "/api/v1/catalog/items/" + PLOT) == 200);
        ok(post(villageUrl + "/api/v1/surrogate/agents", "supervisor", "{\"account\":\"agent\",\"name\":\"王秀英\",\"mobile\":\"13905368888\","
                + "\"pointCode\":\"DG-01\",\"pointName\":\"东关村代办点\"}"), 201);

        // Three waves of applications: with every line up, with the township stopped, and after the city's crash.
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < EACH_WAVE; i++) {
            refs.add(submit(villageUrl, i));
        }
        RealNodes.stop(township);
        for (int i = 0; i < EACH_WAVE; i++) {
            refs.add(submit(villageUrl, EACH_WAVE + i));
        }
        await("the village notices the line is down").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> get(villageUrl + "/api/v1/sync/status", "ops").matches(".*\"failuresInARow\":[1-9].*"));
        nodes.start(township, townshipUrl);
        // The city goes down hard while the township's backlog is on its way up and on to the hub.
        await("the backlog reaches the city").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> get(cityUrl + "/api/v1/sync/inbox?limit=500", "ops").contains("surrogate:" + refs.get(EACH_WAVE)));
        RealNodes.kill9(city);
        for (int i = 0; i < EACH_WAVE; i++) {
            refs.add(submit(villageUrl, 2 * EACH_WAVE + i));
        }
        nodes.start(city, cityUrl);

        // Each application becomes one case at the township; the news comes back to the agent.
        Map<String, String> numbers = new LinkedHashMap<>();
        try {
            await("every application accepted at the township, told at the village").atMost(Duration.ofSeconds(180))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> refs.stream().allMatch(r -> "ACCEPTED".equals(
                            Http.field(get(villageUrl + "/api/v1/surrogate/cases/" + r, "agent"), "status"))));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("village sync: " + get(villageUrl + "/api/v1/sync/status", "ops") + "\ntownship sync: "
                    + get(townshipUrl + "/api/v1/sync/status", "ops") + "\n--- township log\n" + RealNodes.logLines(township, "orward"), e);
        }
        for (String r : refs) {
            numbers.put(r, Http.field(get(villageUrl + "/api/v1/surrogate/cases/" + r, "agent"), "caseNumber"));
        }
        assertEquals(refs.size(), numbers.values().stream().distinct().count(), "one case per application: " + numbers);

        for (String number : numbers.values()) {
            for (String to : new String[] {"RECEIVED", "DISPATCHED"}) {
                ok(post(townshipUrl + "/api/v1/cases/" + number + "/transitions", "clerk", "{\"to\":\"" + to + "\"}"), 200);
            }
            ok(post(townshipUrl + "/api/v1/cases/" + number + "/reviews", "reviewer", "{\"department\":\"" + STREET_OFFICE
                    + "\",\"decision\":\"APPROVE\",\"opinion\":\"符合一户一宅规定，准予建房\"}"), 200);
        }
        await("every decision back at the village").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> refs.stream().allMatch(r -> "DECIDED".equals(
                        Http.field(get(villageUrl + "/api/v1/surrogate/cases/" + r, "agent"), "status"))));
        await("every result at the hub").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> numbers.values().stream().allMatch(n -> hubRecords(hubUrl, n).contains("\"dataset\":\"RESULT\"")));
        await("nothing left to send anywhere").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> get(villageUrl + "/api/v1/sync/status", "ops").contains("\"pending\":0")
                        && get(townshipUrl + "/api/v1/sync/status", "ops").contains("\"pending\":0")
                        && "0".equals(Http.field(get(cityUrl + "/api/v1/provincial/status", "ops"), "pendingEvents")));

        for (String number : numbers.values()) {
            // At the hub: each record once, in the order of the case's life.
            List<String> datasets = matches(hubRecords(hubUrl, number), "\"dataset\":\"(\\w+)\"");
            assertEquals("APPLICATION", datasets.get(0), number + " at the hub: " + datasets);
            assertEquals("ACCEPTANCE", datasets.get(1), number + " at the hub: " + datasets);
            assertEquals("RESULT", datasets.get(datasets.size() - 1), number + " at the hub: " + datasets);
            for (String once : List.of("APPLICATION", "ACCEPTANCE", "RESULT")) {
                assertEquals(1, datasets.stream().filter(once::equals).count(), number + " " + once + " once: " + datasets);
            }
            // At the city: each of the township's events of the case once, in order.
            // One read of the city's inbox for both checks: evaluation's sweep may add an invitation at any moment.
            String inbox = get(cityUrl + "/api/v1/sync/inbox?subject=case:" + number, "ops");
            List<String> seqs = matches(inbox, "\"subjectSeq\":(\\d+)");
            assertTrue(seqs.size() >= 4, number + " at the city: " + seqs);
            for (int i = 0; i < seqs.size(); i++) {
                assertEquals(Integer.toString(i + 1), seqs.get(i), number + " at the city, once and in order: " + seqs);
            }
            // Every event of the case the hub keeps became exactly one record there (steps in between as PROCESS records);
            // an evaluation invitation (the sweep's, whenever it runs) is no dataset of the hub's.
            List<String> types = matches(inbox, "\"type\":\"([\\w.-]+)\"");
            assertEquals(seqs.size(), types.size(), number + ": " + types);
            long kept = types.stream().filter(t -> !t.equals("evaluation.invited")).count();
            assertEquals(kept, datasets.size(), number + ": events at the city " + types + ", records at the hub " + datasets);
        }
        for (String base : List.of(hubUrl, cityUrl, townshipUrl, villageUrl)) {
            assertTrue(get(base + "/api/v1/audit/verify", "ops").contains("\"intact\":true"), base);
        }
        passed();
    }

    private static String hubRecords(String hubUrl, String caseNumber) {
        return get(hubUrl + "/api/v1/hub/records?caseNumber=" + caseNumber, "ops");
    }

    private static List<String> matches(String text, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** An agent's complete application for a rural housing plot, opened and submitted: its reference. */
    private static String submit(String villageUrl, int n) throws Exception {
        String materials = String.join(",", List.of("M01", "M02", "M03", "M04").stream()
                .map(c -> "{\"code\":\"" + c + "\",\"fileRef\":\"scan/" + n + "-" + c + ".pdf\",\"eCertificateRef\":null}").toList());
        String opened = ok(post(villageUrl + "/api/v1/surrogate/cases", "agent", "{\"itemCode\":\"" + PLOT + "\",\"applicant\":{\"type\":"
                + "\"PERSON\",\"name\":\"村民" + n + "\",\"idNumber\":\"11010519491231002X\",\"mobile\":\"13800138000\"},\"form\":{\"plotArea\":"
                + (150 + n) + "},\"materials\":[" + materials + "],\"authorisation\":{\"signedBy\":\"村民" + n + "\",\"signedOn\":\"2026-11-25\","
                + "\"scope\":\"代为申请宅基地建房审批\",\"documentRef\":\"scan/" + n + "-authorisation.pdf\"},\"greenChannel\":false}"), 201);
        String ref = Http.field(opened, "ref");
        ok(post(villageUrl + "/api/v1/surrogate/cases/" + ref + "/submission", "agent", ""), 200);
        return ref;
    }
}
