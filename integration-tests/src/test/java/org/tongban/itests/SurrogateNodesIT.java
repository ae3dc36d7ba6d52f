package org.tongban.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * 帮办代办 between two real nodes on loopback: an agent at a village point takes in a housing-plot application (decided
 * by the township) while the township is down; it waits in the village's outbox, reaches the township when the line
 * is back and becomes one case there; the township's acceptance and decision come back down to the agent; the agent
 * records the hand-overs and closes the case against the applicant's signed receipt.
 */
class SurrogateNodesIT extends KeptNodesTest {

    private static final String PLOT = "11370783000118785U4010000000026"; // 宅基地和建房审批, township only
    private static final String STREET_OFFICE = "11370783000118785U";

    SurrogateNodesIT() {
        super("surrogate");
    }

    @Test
    void aVillageAgentsCaseIsDecidedAtTheTownshipAndComesBack() throws Exception {
        int townshipOffset = freeOffset(3300);
        int villageOffset = freeOffset(townshipOffset + 37);
        Path township = nodes.unpack("township");
        Path village = nodes.unpack("village");
        String townshipUrl = RealNodes.url(townshipOffset);
        String villageUrl = RealNodes.url(villageOffset);
        RealNodes.initTownship(township, townshipOffset, null);
        RealNodes.init(village, "--level", "village", "--division", "370783003201", "--name", "文家街道东关村代办点",
                "--upstream", townshipUrl, "--port-offset", Integer.toString(villageOffset));
        RealNodes.demo(township);
        RealNodes.link(township, village, "village-370783003201", "village-secret", 2);
        RealNodes.user(village, "agent-2", "agent");
        RealNodes.user(township, "supervisor-sc", "supervisor,division:370783004");

        nodes.startTogether(new Path[] {township, village}, new String[] {townshipUrl, villageUrl});
        await("the catalogue reaches the village").atMost(Duration.ofSeconds(60))
                .until(() -> status(villageUrl + "/api/v1/catalog/items/" + PLOT) == 200);
        ok(post(villageUrl + "/api/v1/surrogate/agents", "supervisor", "{\"account\":\"agent\",\"name\":\"王秀英\",\"mobile\":\"13905368888\","
                + "\"pointCode\":\"DG-01\",\"pointName\":\"东关村代办点\"}"), 201);
        ok(post(villageUrl + "/api/v1/surrogate/agents", "supervisor", "{\"account\":\"agent-2\",\"name\":\"李红\",\"mobile\":"
                + "\"13905367777\",\"pointCode\":\"XG-01\",\"pointName\":\"西关村代办点\"}"), 201);
        await("the township knows the village's agent").atMost(Duration.ofSeconds(60))
                .until(() -> get(townshipUrl + "/api/v1/surrogate/network?level=VILLAGE", "supervisor").contains("东关村代办点"));

        // The township's line is down: the agent goes on taking the application in.
        RealNodes.stop(township);
        // One paper short: the township's deficiency notice comes back to the agent, who supplements it.
        String materials = String.join(",", List.of("M01", "M02", "M03").stream()
                .map(c -> "{\"code\":\"" + c + "\",\"fileRef\":\"scan/" + c + ".pdf\",\"eCertificateRef\":null}").toList());
        String opened = ok(post(villageUrl + "/api/v1/surrogate/cases", "agent", "{\"itemCode\":\"" + PLOT + "\",\"applicant\":{\"type\":"
                + "\"PERSON\",\"name\":\"李四\",\"idNumber\":\"11010519491231002X\",\"mobile\":\"13800138000\"},\"form\":{\"plotArea\":180},"
                + "\"materials\":[" + materials + "],\"verifiedCertificates\":[\"居民身份证\",\"户口簿\"],\"authorisation\":{\"signedBy\":\"李四\","
                + "\"signedOn\":\"2026-11-25\",\"scope\":\"代为申请宅基地建房审批并领取批准文件\",\"documentRef\":\"scan/authorisation.pdf\"},"
                + "\"greenChannel\":false}"), 201);
        String ref = Http.field(opened, "ref");
        assertEquals("TOWNSHIP", Http.field(opened, "decidingLevel"));
        String caseUrl = villageUrl + "/api/v1/surrogate/cases/" + ref;
        // Another point's agent: the case is not found for them, neither to read nor to change.
        assertEquals(404, status(caseUrl, "agent-2", "agent-2-demo"), "another point's agent reads");
        assertEquals(404, post(caseUrl + "/fees", "agent-2", "{\"item\":\"复印费\",\"amount\":0,\"receiptNumber\":\"X\"}")
                .statusCode(), "another point's agent changes");
        assertFalse(get(villageUrl + "/api/v1/surrogate/cases", "agent-2").contains(ref), "another point's list");
        assertTrue(get(villageUrl + "/api/v1/surrogate/cases", "agent").contains(ref));
        ok(post(caseUrl + "/handovers", "agent", "{\"step\":\"MATERIALS_FROM_APPLICANT\",\"items\":\"申请表、身份证复印件、户口簿复印件、"
                + "村委会意见\"}"), 200);
        ok(post(caseUrl + "/fees", "agent", "{\"item\":\"复印费\",\"amount\":0,\"receiptNumber\":\"DG-2026-0031\"}"), 200);
        assertEquals(409, post(caseUrl + "/handovers", "agent", "{\"step\":\"MATERIALS_TO_CENTRE\",\"items\":\"纸质材料\"}").statusCode(),
                "the centre takes papers of a case it knows");
        assertEquals("SUBMITTED", Http.field(ok(post(caseUrl + "/submission", "agent", ""), 200), "status"));
        await("the village notices the line is down").atMost(Duration.ofSeconds(30))
                .until(() -> get(villageUrl + "/api/v1/sync/status", "ops").matches(".*\"failuresInARow\":[1-9].*"));

        // The line is back: the application becomes one case at the township, whose notice comes back down.
        nodes.start(township, townshipUrl);
        try {
            await("the deficiency notice reaches the agent").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .until(() -> "DEFICIENT".equals(Http.field(get(caseUrl, "agent"), "status")));
            String notice = get(caseUrl, "agent");
            assertTrue(notice.contains("\"missing\":[\"M04"), notice);
            assertEquals(409, post(caseUrl + "/handovers", "agent", "{\"step\":\"RESULT_FROM_CENTRE\",\"items\":\"x\"}").statusCode());
            ok(post(caseUrl + "/supplement", "agent", "{\"materials\":[{\"code\":\"M04\",\"fileRef\":\"scan/M04.pdf\","
                    + "\"eCertificateRef\":null}]}"), 200);
            await("accepted at the township, told at the village").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .until(() -> "ACCEPTED".equals(Http.field(get(caseUrl, "agent"), "status")));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("village case: " + get(caseUrl, "agent") + "\nvillage sync: " + get(villageUrl + "/api/v1/sync/status", "ops")
                    + "\ntownship inbox: " + get(townshipUrl + "/api/v1/sync/inbox?limit=5", "ops") + "\n--- township log\n"
                    + RealNodes.logLines(township, "urrogate|orward|eplay|Intake") + "\n--- village log\n" + RealNodes.logLines(village, "urrogate"), e);
        }
        String accepted = get(caseUrl, "agent");
        assertTrue(get(townshipUrl + "/api/v1/surrogate/forwarded", "supervisor").contains(ref));
        assertFalse(get(townshipUrl + "/api/v1/surrogate/forwarded", "supervisor-sc").contains(ref),
                "the other street's supervisor does not see the village's applications");
        String number = Http.field(accepted, "caseNumber");
        assertTrue(number.startsWith(PLOT), accepted);
        assertTrue(accepted.matches(".*\"promisedDate\":\"20\\d\\d-\\d\\d-\\d\\d\".*"), accepted);
        String atTownship = get(townshipUrl + "/api/v1/cases/" + number, "clerk");
        assertEquals("AGENT", Http.field(atTownship, "channel"), atTownship);
        assertEquals(1, get(townshipUrl + "/api/v1/cases?limit=500", "clerk").split(Pattern.quote(number)).length - 1, "one case");

        ok(post(caseUrl + "/handovers", "agent", "{\"step\":\"MATERIALS_TO_CENTRE\",\"items\":\"纸质申请材料一套\"}"), 200);
        for (String to : new String[] {"RECEIVED", "DISPATCHED"}) {
            ok(post(townshipUrl + "/api/v1/cases/" + number + "/transitions", "clerk", "{\"to\":\"" + to + "\"}"), 200);
        }
        ok(post(townshipUrl + "/api/v1/cases/" + number + "/reviews", "reviewer", "{\"department\":\"" + STREET_OFFICE
                + "\",\"decision\":\"APPROVE\",\"opinion\":\"符合一户一宅规定，准予建房\"}"), 200);
        await("the decision reaches the agent").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> "DECIDED".equals(Http.field(get(caseUrl, "agent"), "status")));
        assertEquals("APPROVED", Http.field(get(caseUrl, "agent"), "outcome"));

        assertEquals(409, post(caseUrl + "/handovers", "agent", "{\"step\":\"RESULT_TO_APPLICANT\",\"items\":\"批准书\",\"receiptRef\":\"r\"}")
                .statusCode(), "the result has to come from the centre first");
        ok(post(caseUrl + "/handovers", "agent", "{\"step\":\"RESULT_FROM_CENTRE\",\"items\":\"乡村建设规划许可证\"}"), 200);
        String closed = ok(post(caseUrl + "/handovers", "agent", "{\"step\":\"RESULT_TO_APPLICANT\",\"items\":\"乡村建设规划许可证\","
                + "\"receiptRef\":\"scan/signed-receipt.pdf\"}"), 200);
        assertEquals("CLOSED", Http.field(closed, "status"));
        assertEquals(4, closed.split("\"step\"").length - 1, "four hand-overs on the ledger: " + closed);
        String workload = get(villageUrl + "/api/v1/surrogate/workload", "supervisor");
        assertTrue(workload.contains("\"key\":\"agent@village-") && workload.contains("\"closed\":1"), workload);
        assertTrue(get(villageUrl + "/api/v1/audit/verify", "ops").contains("\"intact\":true"));
        assertTrue(get(townshipUrl + "/api/v1/audit/verify", "ops").contains("\"intact\":true"));
        passed();
    }
}
