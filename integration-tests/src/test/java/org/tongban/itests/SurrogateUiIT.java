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
 * number, records handing the papers to the centre, sees the approval come back, takes the licence from the centre and
 * hands it to the applicant against a signed receipt, which closes the case. The API holds all of it, and the
 * supervisor's workload counts the closed case and its free copies; a clerk sees no agent page.
 */
class SurrogateUiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The department that decides 食品经营许可 in the demo catalogue. */
    private static final String BUREAU = "11370783000007919T";

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
        Path county = nodes.demoCounty(offset);
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
            hall.type("#free-quantity", "6");
            hall.type("#free-detail", "营业执照、身份证复印");
            hall.click("#free-submit");
            hall.shown("#free-list li[data-kind=COPY]");

            // The county handles the item itself: its own intake takes the case in, and the acceptance comes back.
            hall.click("#case-submit");
            hall.shown("#case-summary[data-status=ACCEPTED]");
            String number = hall.shown("#news-case-number").getText();
            assertTrue(number.startsWith(FOOD), number);
            hall.shown("#news-promised");
            hall.type("#handover-items", "纸质申请材料一套");
            hall.click("#handover-submit");
            hall.shown("#handover-table tr[data-step=MATERIALS_TO_CENTRE]");

            // The centre decides (its window and reviewer have pages of their own); the result comes back to the point.
            for (String to : new String[] {"RECEIVED", "DISPATCHED"}) {
                RealNodes.ok(RealNodes.post(base + "/api/v1/cases/" + number + "/transitions", "clerk", "{\"to\":\"" + to + "\"}"), 200);
            }
            RealNodes.ok(RealNodes.post(base + "/api/v1/cases/" + number + "/reviews", "reviewer", "{\"department\":\"" + BUREAU
                    + "\",\"decision\":\"APPROVE\",\"opinion\":\"符合条件，准予许可\"}"), 200);
            hall.click("#case-refresh");
            hall.shown("#case-summary[data-status=DECIDED]");
            assertTrue(hall.shown("#news-outcome").getText().contains("准予许可"));
            hall.screenshot("surrogate-case");
            hall.type("#handover-items", "食品经营许可证正本、副本");
            hall.click("#handover-submit");
            hall.shown("#handover-table tr[data-step=RESULT_FROM_CENTRE]");
            hall.type("#handover-items", "食品经营许可证正本、副本");
            hall.attach("#handover-receipt-file", scan);
            hall.click("#handover-submit");
            hall.shown("#case-summary[data-status=CLOSED]");
            hall.shown("#handover-table tr[data-step=RESULT_TO_APPLICANT] .receipt a");
            assertFalse(hall.present("#handover-form"), "a closed case takes no more hand-overs");
            hall.noConsoleErrors();

            JsonNode k = JSON.readTree(get(base + "/api/v1/surrogate/cases/" + ref, "agent"));
            assertEquals("CLOSED", k.path("status").asText(), k.toString());
            assertEquals("APPROVED", k.path("outcome").asText());
            assertEquals(number, k.path("caseNumber").asText());
            assertEquals("COUNTY", k.path("decidingLevel").asText());
            assertTrue(k.path("greenChannel").asBoolean());
            assertEquals("张伟（法定代表人）", k.path("authorisation").path("signedBy").asText());
            assertTrue(k.path("authorisation").path("documentRef").asText().startsWith("file:"), k.toString());
            assertEquals("MATERIALS_FROM_APPLICANT", k.path("handOvers").path(0).path("step").asText());
            assertEquals("MATERIALS_TO_CENTRE", k.path("handOvers").path(1).path("step").asText());
            assertEquals("RESULT_TO_APPLICANT", k.path("handOvers").path(3).path("step").asText());
            assertTrue(k.path("handOvers").path(3).path("receiptRef").asText().startsWith("file:"), k.toString());
            assertEquals(6, k.path("freeServices").path(0).path("quantity").asInt());
            assertEquals("申请表一份、营业执照复印件一份、食品安全管理制度一份", k.path("handOvers").path(0).path("items").asText());
            assertEquals(0, k.path("fees").size());
            assertEquals("AGENT", JSON.readTree(get(base + "/api/v1/cases/" + number, "clerk")).path("channel").asText());

            hall.logout();
            hall.login("supervisor");
            hall.click("#nav-surrogate-workload");
            hall.shown("#workload-table tr[data-key^='agent@'] td[data-column=closed]");
            assertEquals("1", hall.shown("#workload-table td[data-column=closed]").getText());
            assertEquals("6", hall.shown("#workload-table td[data-column=freeCopies]").getText());
            hall.noConsoleErrors();

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
