package org.tongban.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongban.itests.RealNodes.freeOffset;
import static org.tongban.itests.RealNodes.get;
import static org.tongban.itests.RealNodes.ok;
import static org.tongban.itests.RealNodes.post;
import static org.tongban.itests.RealNodes.status;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Three real nodes in a chain, village → township → county: a village agent's application for a food licence (decided
 * at the county) passes through the township, becomes the county's case, and its news comes back down through the
 * township to the village; the county is killed (kill -9) while the application is on its way and nothing is lost. The
 * key project's green channel puts the case first in the county bureau's review queue.
 */
class ChainNodesIT extends KeptNodesTest {

    private static final String FOOD = "11370783000007919T4010000000003"; // CITY, COUNTY
    private static final String BUREAU = "11370783000007919T";

    ChainNodesIT() {
        super("chain");
    }

    @Test
    void aVillageCaseDecidedAtTheCountyComesBackThroughTheTownship() throws Exception {
        int countyOffset = freeOffset(3500);
        int townshipOffset = freeOffset(countyOffset + 37);
        int villageOffset = freeOffset(townshipOffset + 37);
        Path county = nodes.unpack("county");
        Path township = nodes.unpack("township");
        Path village = nodes.unpack("village");
        String countyUrl = RealNodes.url(countyOffset);
        String townshipUrl = RealNodes.url(townshipOffset);
        String villageUrl = RealNodes.url(villageOffset);
        RealNodes.initCounty(county, countyOffset);
        RealNodes.initTownship(township, townshipOffset, countyUrl);
        RealNodes.init(village, "--level", "village", "--division", "370783003201", "--name", "东关村代办点",
                "--upstream", townshipUrl, "--port-offset", Integer.toString(villageOffset));
        RealNodes.demo(county);
        RealNodes.link(county, township, "township-370783003", "township-secret", 2);
        RealNodes.link(township, village, "village-370783003201", "village-secret", 2);

        nodes.startTogether(new Path[] {county, township, village}, new String[] {countyUrl, townshipUrl, villageUrl});
        await("the county's catalogue reaches the village through the township").atMost(Duration.ofSeconds(90))
                .until(() -> status(villageUrl + "/api/v1/catalog/items/" + FOOD) == 200);
        ok(post(villageUrl + "/api/v1/surrogate/agents", "supervisor", "{\"account\":\"agent\",\"name\":\"王秀英\",\"mobile\":\"13905368888\","
                + "\"pointCode\":\"DG-01\",\"pointName\":\"东关村代办点\"}"), 201);
        await("the county knows the village agent").atMost(Duration.ofSeconds(60))
                .until(() -> get(countyUrl + "/api/v1/surrogate/network?level=VILLAGE", "supervisor").contains("东关村代办点"));

        String materials = String.join(",", List.of("M01", "M02", "M03", "M04").stream()
                .map(c -> "{\"code\":\"" + c + "\",\"fileRef\":\"scan/" + c + ".pdf\",\"eCertificateRef\":null}").toList());
        String opened = ok(post(villageUrl + "/api/v1/surrogate/cases", "agent", "{\"itemCode\":\"" + FOOD + "\",\"applicant\":{\"type\":"
                + "\"PERSON\",\"name\":\"李四\",\"idNumber\":\"11010519491231002X\",\"mobile\":\"13800138000\"},\"form\":{},"
                + "\"materials\":[" + materials + "],\"authorisation\":{\"signedBy\":\"李四\",\"signedOn\":\"2026-11-25\","
                + "\"scope\":\"代为申请食品经营许可\",\"documentRef\":\"scan/authorisation.pdf\"},\"greenChannel\":true,"
                + "\"projectName\":\"东关村农产品加工厂\"}"), 201);
        assertEquals("COUNTY", Http.field(opened, "decidingLevel"));
        String ref = Http.field(opened, "ref");
        String caseUrl = villageUrl + "/api/v1/surrogate/cases/" + ref;
        ok(post(caseUrl + "/handovers", "agent", "{\"step\":\"MATERIALS_FROM_APPLICANT\",\"items\":\"营业执照复印件、场所平面图\"}"), 200);
        ok(post(caseUrl + "/free-services", "agent", "{\"kind\":\"COPY\",\"quantity\":12,\"detail\":\"申请材料复印\"}"), 200);
        assertEquals(400, post(caseUrl + "/free-services", "agent", "{\"kind\":\"MAILING\",\"quantity\":1}").statusCode(),
                "a mailing says how it went");
        ok(post(caseUrl + "/submission", "agent", ""), 200);
        ok(post(caseUrl + "/handovers", "agent", "{\"step\":\"MATERIALS_TO_CENTRE\",\"items\":\"场所平面图原件\"}"), 200);
        // The county goes down hard while the application travels; it arrives once the county is back.
        RealNodes.kill9(county);
        nodes.start(county, countyUrl);

        await("accepted at the county, told at the village").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> "ACCEPTED".equals(Http.field(get(caseUrl, "agent"), "status")));
        String number = Http.field(get(caseUrl, "agent"), "caseNumber");
        assertEquals("AGENT", Http.field(get(countyUrl + "/api/v1/cases/" + number, "clerk"), "channel"));
        assertTrue(get(townshipUrl + "/api/v1/cases/" + number, "clerk").contains("\"status\":404"), "the township only passed it on");
        assertEquals(1, get(countyUrl + "/api/v1/cases?limit=500", "clerk").split(Pattern.quote(number)).length - 1, "one case");

        // The county's window takes the papers the agent brought (its end of the transfer).
        String forwarded = countyUrl + "/api/v1/surrogate/forwarded/" + ref;
        assertTrue(get(countyUrl + "/api/v1/surrogate/forwarded?status=DONE", "clerk").contains(ref));
        ok(post(forwarded + "/handovers", "clerk", "{\"step\":\"MATERIALS_TO_CENTRE\",\"items\":\"场所平面图原件\"}"), 200);
        assertEquals(409, post(forwarded + "/handovers", "clerk", "{\"step\":\"RESULT_FROM_CENTRE\",\"items\":\"许可证\"}")
                .statusCode(), "no result before the decision");
        for (String to : new String[] {"RECEIVED", "DISPATCHED"}) {
            ok(post(countyUrl + "/api/v1/cases/" + number + "/transitions", "clerk", "{\"to\":\"" + to + "\"}"), 200);
        }
        String queue = get(countyUrl + "/api/v1/reviews?department=" + BUREAU, "reviewer");
        assertEquals(number, Http.field(queue, "caseNumber"), "the green channel goes first in the bureau's queue: " + queue);
        assertTrue(queue.contains("\"priority\":true"), queue);
        ok(post(countyUrl + "/api/v1/cases/" + number + "/reviews", "reviewer", "{\"department\":\"" + BUREAU
                + "\",\"decision\":\"APPROVE\",\"opinion\":\"准予许可\"}"), 200);
        await("the decision comes down two levels").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> "DECIDED".equals(Http.field(get(caseUrl, "agent"), "status")));
        assertTrue(get(villageUrl + "/api/v1/surrogate/cases?greenChannel=true", "agent").contains(number));

        // The result leaves the county with the agent: recorded there, the county's case delivered, both ends in the
        // village's ledger; the agent hands it to the applicant against a signed receipt, which closes the case.
        assertEquals(409, post(forwarded + "/handovers", "clerk", "{\"step\":\"RESULT_FROM_CENTRE\",\"items\":\"许可证\"}")
                .statusCode(), "no result recorded yet: nothing to hand out");
        ok(post(countyUrl + "/api/v1/cases/" + number + "/result", "reviewer", "{\"documentNumber\":\"JY23707830012345\"}"), 200);
        ok(post(forwarded + "/handovers", "clerk", "{\"step\":\"RESULT_FROM_CENTRE\",\"items\":\"食品经营许可证正副本\","
                + "\"receiptRef\":\"签收单 2026-001\"}"), 200);
        assertEquals("DELIVERED", Http.field(get(countyUrl + "/api/v1/cases/" + number, "clerk"), "status"));
        assertEquals(409, post(forwarded + "/handovers", "clerk", "{\"step\":\"RESULT_FROM_CENTRE\",\"items\":\"许可证\"}")
                .statusCode(), "given once");
        await("the centre's ends of the transfers reach the village ledger").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> get(caseUrl, "agent").split("clerk@county-370783").length - 1 == 2);
        ok(post(caseUrl + "/free-services", "agent", "{\"kind\":\"MAILING\",\"quantity\":1,\"detail\":\"EMS 1187654321098\"}"), 200);
        String closed = ok(post(caseUrl + "/handovers", "agent", "{\"step\":\"RESULT_TO_APPLICANT\",\"items\":\"食品经营许可证正副本\","
                + "\"receiptRef\":\"EMS 1187654321098 回执\"}"), 200);
        assertEquals("CLOSED", Http.field(closed, "status"));

        // The network's figures: the county counts the village's case (level, point, agent), the township too.
        for (String url : List.of(countyUrl, townshipUrl)) {
            await("the village's figures reach " + url).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> get(url + "/api/v1/surrogate/workload?by=level", "supervisor").contains("\"closed\":1"));
        }
        String byLevel = get(countyUrl + "/api/v1/surrogate/workload?by=level", "supervisor");
        assertEquals("VILLAGE", Http.field(byLevel, "key"), byLevel);
        assertTrue(byLevel.contains("\"cases\":1") && byLevel.contains("\"pending\":0") && byLevel.contains("\"freeCopies\":12")
                && byLevel.contains("\"mailings\":1") && byLevel.contains("\"greenChannel\":1"), byLevel);
        String byAgent = get(countyUrl + "/api/v1/surrogate/workload?by=agent&division=370783003", "supervisor");
        assertEquals("agent@village-370783003201", Http.field(byAgent, "key"), byAgent);
        assertEquals("[]", get(countyUrl + "/api/v1/surrogate/workload?by=point&division=370784", "supervisor").trim());
        for (Path home : List.of(county, township, village)) {
            assertTrue(get(RealNodes.url(home == county ? countyOffset : home == township ? townshipOffset
                    : villageOffset) + "/api/v1/audit/verify", "ops").contains("\"intact\":true"));
        }
        passed();
    }
}
