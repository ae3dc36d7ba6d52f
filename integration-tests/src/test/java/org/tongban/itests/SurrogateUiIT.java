package org.tongban.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongban.itests.RealNodes.FOOD;
import static org.tongban.itests.RealNodes.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent's job (帮办代办) in a real browser on a demo county node: a supervisor registers the demo agent at a point;
 * the agent takes 食品经营许可 on behalf of the demo company with its signed authorisation (委托书), finds the case in
 * the point's list, opens it, records the papers taken from the applicant, sees it is free (免费代办), submits it to the
 * county's own intake (the item is handled at the agent's own level) and sees the acceptance come back with its case
 * number, then records handing the papers to the centre. The API holds all of it; a clerk sees no agent page.
 */
class SurrogateUiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private RealNodes nodes;

    @AfterEach
    void stopAll() throws Exception {
        nodes.stopAll();
    }

    @Test
    void theAgentTakesACaseOnBehalfAndRecordsItsHandOvers() throws Exception {
        nodes = new RealNodes(dir);
        int offset = RealNodes.freeOffset(3400);
        Path county = nodes.unpack("county");
        RealNodes.initCounty(county, offset);
        RealNodes.demo(county);
        String base = RealNodes.url(offset);
        nodes.start(county, base);
        File scan = Files.writeString(dir.resolve("scan.pdf"), "%PDF-1.4 test scan\n").toFile();

        try (HallBrowser hall = new HallBrowser(base)) {
            supervisorRegistersTheAgent(hall, base);
            hall.logout();

            hall.login("agent");
            hall.click("#nav-surrogate-new");
            assertTrue(hall.shown("#agent-point").getText().contains("文家街道代办点"));
            hall.type("#item-q", "食品经营许可\n");
            hall.click("button.pick[data-code='" + FOOD + "']");
            assertTrue(hall.shown("#item-fee").getText().contains("帮办代办免费"));
            hall.type("#applicant-name", "寿光市某某食品有限公司");
            hall.type("#applicant-id", "91350100M000100Y43");
            hall.type("#applicant-mobile", "13800138000");
            hall.type("#form-address", "文家街道");
            hall.type("#auth-signed-by", "张伟（法定代表人）");
            hall.attach("#auth-doc-file", scan);
            hall.attach("#file-M01", scan);
            hall.type("#ecert-M02", "BL-91350100M000100Y43");
            hall.attach("#file-M03", scan);
            hall.type("#verified", "营业执照、法定代表人身份证");
            hall.click("#green");
            hall.type("#project-name", "寿光蔬菜产业园");
            hall.screenshot("surrogate-new");
            hall.click("#case-open");

            String ref = hall.shown("#case-summary[data-status=OPEN]").getAttribute("data-ref");
            assertTrue(hall.shown("#case-decided-at").getText().contains("本级受理"));
            assertTrue(hall.shown("#case-authorisation").getText().contains("张伟（法定代表人）"));

            hall.click("#nav-surrogate-cases");
            hall.shown("#cases-table tr[data-ref='" + ref + "'] .green-flag");
            hall.screenshot("surrogate-cases");
            hall.click("#cases-table tr[data-ref='" + ref + "'] a.case-open");
            hall.shown("#case-summary[data-ref='" + ref + "']");
            assertTrue(hall.shown("#fees-free").getText().contains("免费代办"));
            hall.type("#handover-items", "申请表一份、营业执照复印件一份、食品安全管理制度一份");
            hall.click("#handover-submit");
            hall.shown("#handover-table tr[data-step=MATERIALS_FROM_APPLICANT]");

            // The county handles the item itself: its own intake takes the case in, and the acceptance comes back.
            hall.click("#case-submit");
            hall.shown("#case-summary[data-status=ACCEPTED]");
            String number = hall.shown("#news-case-number").getText();
            assertTrue(number.startsWith(FOOD), number);
            hall.shown("#news-promised");
            hall.type("#handover-items", "纸质申请材料一套");
            hall.click("#handover-submit");
            hall.shown("#handover-table tr[data-step=MATERIALS_TO_CENTRE]");
            hall.screenshot("surrogate-case");
            hall.noConsoleErrors();

            JsonNode k = JSON.readTree(get(base + "/api/v1/surrogate/cases/" + ref, "agent"));
            assertEquals("ACCEPTED", k.path("status").asText(), k.toString());
            assertEquals(number, k.path("caseNumber").asText());
            assertEquals("COUNTY", k.path("decidingLevel").asText());
            assertTrue(k.path("greenChannel").asBoolean());
            assertEquals("张伟（法定代表人）", k.path("authorisation").path("signedBy").asText());
            assertTrue(k.path("authorisation").path("documentRef").asText().startsWith("file:"), k.toString());
            assertEquals("MATERIALS_FROM_APPLICANT", k.path("handOvers").path(0).path("step").asText());
            assertEquals("MATERIALS_TO_CENTRE", k.path("handOvers").path(1).path("step").asText());
            assertEquals("申请表一份、营业执照复印件一份、食品安全管理制度一份", k.path("handOvers").path(0).path("items").asText());
            assertEquals(0, k.path("fees").size());
            assertEquals("AGENT", JSON.readTree(get(base + "/api/v1/cases/" + number, "clerk")).path("channel").asText());

            hall.logout();
            hall.login("clerk");
            hall.shown("main h1");
            assertFalse(hall.present("#nav-surrogate-cases") || hall.present("#nav-surrogate-new")
                    || hall.present("#nav-surrogate-agents"), "a clerk has no agent page");
            hall.noConsoleErrors();
        }
        assertFalse(get(base + "/api/v1/ui/modules", "clerk").contains("\"surrogate\""));
    }

    /** 代办员登记: the supervisor registers the demo agent at a point of the county and finds them in the network. */
    private static void supervisorRegistersTheAgent(HallBrowser hall, String base) throws Exception {
        hall.login("supervisor");
        hall.click("#nav-surrogate-agents");
        hall.type("#agent-account", "agent");
        hall.type("#agent-name", "王秀英");
        hall.type("#agent-mobile", "13905368888");
        hall.type("#agent-point-code", "WJ-01");
        hall.type("#agent-point-name", "文家街道代办点");
        hall.click("#agent-submit");
        assertTrue(hall.shown("#network-table tr[data-account=agent]").getText().contains("139****8888"));
        hall.screenshot("surrogate-agents");
        hall.noConsoleErrors();
        JsonNode network = JSON.readTree(get(base + "/api/v1/surrogate/network", "supervisor"));
        assertEquals("WJ-01", network.path(0).path("pointCode").asText(), network.toString());
    }
}
