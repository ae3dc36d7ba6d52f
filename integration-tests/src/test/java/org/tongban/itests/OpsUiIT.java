package org.tongban.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongban.itests.RealNodes.get;
import static org.tongban.itests.RealNodes.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ops in a real browser on a township linked to its county. The county already holds the first record of an agent's
 * subject from an earlier installation of the township, so the township's registration of that agent comes back
 * rejected: ops find it on the dead-letter page, send it again (the county still refuses it) and drop it; the API then
 * has none. Ops read the node's health and capabilities, create an account, import catalogue items with the report;
 * a supervisor reads the link and the dead letters without the means to change them. Then the marketplace's feature is
 * uninstalled and installed again at the township's console: its pages go and come back, without a restart.
 */
class OpsUiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOWNSHIP = "township-370783003";
    private static final String AGENT_SUBJECT = "surrogate-agent:" + TOWNSHIP + "/wang";

    @TempDir
    Path dir;

    private RealNodes nodes;

    @AfterEach
    void stopAll() throws Exception {
        nodes.stopAll();
    }

    @Test
    void opsMendTheLinkAndRunTheNodeFromTheBrowser() throws Exception {
        nodes = new RealNodes(dir);
        int countyOffset = RealNodes.freeOffset(3700);
        int townshipOffset = RealNodes.freeOffset(countyOffset + 37);
        Path county = nodes.unpack("county");
        Path township = nodes.unpack("township");
        String countyUrl = RealNodes.url(countyOffset);
        String townshipUrl = RealNodes.url(townshipOffset);
        RealNodes.initCounty(county, countyOffset);
        RealNodes.demo(county);
        String console = initTownship(township, townshipOffset, countyUrl);
        RealNodes.link(county, township, TOWNSHIP, "sync-secret", 5);
        RealNodes.bootFeature(township, "tongban-intermediary");
        nodes.startTogether(new Path[] {county, township}, new String[] {countyUrl, townshipUrl});

        staleRecordAtTheCounty(countyUrl);
        ok(RealNodes.post(townshipUrl + "/api/v1/surrogate/agents", "ops", "{\"account\":\"wang\",\"name\":\"王五\","
                + "\"mobile\":\"13800138001\",\"pointCode\":\"P01\",\"pointName\":\"文家街道代办点\"}"), 201);
        await("the county rejects the registration").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> get(townshipUrl + "/api/v1/sync/dead-letters", "ops").contains(AGENT_SUBJECT));
        String dead = deadLetterId(townshipUrl);

        try (HallBrowser hall = new HallBrowser(townshipUrl)) {
            supervisorReadsTheLink(hall, dead);
            hall.login("ops");
            opsSeeTheNode(hall);
            opsRetryAndDrop(hall, townshipUrl, dead);
            opsCreateAnAccount(hall, townshipUrl);
            opsImportItems(hall, townshipUrl);
            pagesFollowTheFeature(hall, township, townshipOffset, console, townshipUrl);
            hall.noConsoleErrors();
        }
    }

    /** A supervisor reads the link and the dead letters; only ops may send one again or drop it, or manage accounts. */
    private static void supervisorReadsTheLink(HallBrowser hall, String dead) throws Exception {
        hall.login("supervisor");
        hall.click("#nav-sync-link");
        assertTrue(hall.shown("#link-status").getText().contains("http://127.0.0.1:"), "the parent's address is shown");
        hall.click("#nav-sync-dead-letters");
        hall.shown("#dl-table tr[data-event='" + dead + "']");
        assertFalse(hall.present(".dl-retry") || hall.present(".dl-drop"), "a supervisor reads dead letters only");
        assertFalse(hall.present("#nav-ops-accounts"), "a supervisor has no accounts page");
        hall.noConsoleErrors();
        hall.logout();
    }

    private static void opsSeeTheNode(HallBrowser hall) throws Exception {
        hall.click("#nav-ops-status");
        assertEquals("UP", hall.shown("#health").getAttribute("data-status"));
        assertTrue(hall.shown("#node-facts").getText().contains(TOWNSHIP));
        for (String capability : List.of("tongban-sync", "tongban-intake", "tongban-intermediary")) {
            hall.shown("#capabilities li[data-capability='" + capability + "']");
        }
        hall.shown("#health-warnings");
        hall.screenshot("ops-status");
        hall.click("#nav-ops-calendar");
        hall.shown("#cal-table tbody tr[data-year]");
    }

    /**
     * Sent again, the event goes back to the outbox and the county refuses it once more (the fault is at the county),
     * so it is a dead letter again; dropped, it is gone for good.
     */
    private static void opsRetryAndDrop(HallBrowser hall, String base, String dead) throws Exception {
        hall.click("#nav-sync-link");
        assertEquals("1", hall.shown("#link-dead a").getText().replaceAll("\\D", ""));
        hall.click("#link-dead a");
        String reason = hall.shown("#dl-table tr[data-event='" + dead + "'] .reason").getText();
        assertTrue(reason.contains("same key"), reason);
        hall.screenshot("sync-dead-letters");
        String firstAt = deadLetter(base).path("at").asText();
        hall.click("#dl-table tr[data-event='" + dead + "'] .dl-retry");
        assertTrue(hall.shown("#dl-note").getText().contains(dead));
        await("rejected again").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> { JsonNode d = deadLetter(base); return d != null && !d.path("at").asText().equals(firstAt); });
        String row = "#dl-table tr[data-event='" + dead + "'][data-at='" + deadLetter(base).path("at").asText() + "']";
        hall.click("#dl-refresh");
        hall.click(row + " .dl-drop");
        hall.click(row + " .dl-drop-confirm");
        hall.shown("#dl-none");
        assertEquals(0, JSON.readTree(get(base + "/api/v1/sync/dead-letters", "ops")).size());
        assertEquals(0, JSON.readTree(get(base + "/api/v1/sync/status", "ops")).path("deadLetters").asInt());
    }

    /** The account exists with its role and unit, and the password shown once is the one its holder then changes. */
    private static void opsCreateAnAccount(HallBrowser hall, String base) throws Exception {
        hall.click("#nav-ops-accounts");
        hall.type("#account-user", "clerk-w02");
        hall.click("#account-role-clerk");
        hall.type("#account-units", "window:W02");
        hall.click("#account-submit");
        String password = hall.shown("#issued-password").getText();
        assertFalse(password.isBlank());
        hall.shown("#accounts-table tr[data-user='clerk-w02'][data-enabled='true']");
        hall.screenshot("ops-accounts");
        JsonNode account = account(base, "clerk-w02");
        assertEquals(List.of("clerk", "window:W02"), List.of(account.path("rolesAndUnits").get(0).asText(),
                account.path("rolesAndUnits").get(1).asText()));
        ok(RealNodes.post(base + "/api/v1/accounts/me/password", "clerk-w02", password,
                "{\"current\":\"" + password + "\",\"password\":\"Wenjia-Window-02\"}"), 200);
        hall.click("#accounts-table tr[data-user='clerk-w02'] .account-toggle");
        hall.shown("#accounts-table tr[data-user='clerk-w02'][data-enabled='false']");
        assertFalse(account(base, "clerk-w02").path("enabled").asBoolean());
    }

    /** One good item and one without a name: the first published, the second rejected with its fault, both reported. */
    private void opsImportItems(HallBrowser hall, String base) throws Exception {
        await("the county's catalogue at the township").atMost(Duration.ofSeconds(60))
                .until(() -> status(base + "/api/v1/catalog/items/" + RealNodes.FOOD) == 200);
        ObjectNode document = (ObjectNode) JSON.readTree(get(base + "/api/v1/catalog/items/export", "ops"));
        ObjectNode good = ((ObjectNode) document.path("items").get(0).deepCopy())
                .put("implementationCode", "11370783000007919T4010000009901").put("name", "文家街道试点事项");
        ObjectNode bad = good.deepCopy().put("implementationCode", "11370783000007919T4010000009902").put("name", "");
        ArrayNode items = document.putArray("items").add(good).add(bad);
        assertEquals(2, items.size());
        File file = Files.writeString(dir.resolve("items.json"), JSON.writeValueAsString(document), StandardCharsets.UTF_8).toFile();
        hall.click("#nav-catalog-import");
        hall.attach("#import-file", file);
        hall.click("#import-submit");
        hall.shown("#import-report[data-created='1'][data-rejected='1']");
        assertTrue(hall.shown("#import-rejected-table tr[data-code='11370783000007919T4010000009902']").getText()
                .contains("name is required"));
        hall.screenshot("catalog-import");
        assertEquals(200, status(base + "/api/v1/catalog/items/11370783000007919T4010000009901"));
        assertEquals(404, status(base + "/api/v1/catalog/items/11370783000007919T4010000009902"));
    }

    /**
     * feature:uninstall at the node's console takes the marketplace's pages out of the navigation and /ui/intermediary/
     * with its REST API; feature:install brings them back, the node running all along. The pages of the module are
     * whatever its bundle declares: the navigation shows exactly the entries /api/v1/ui/modules gives ops.
     */
    private static void pagesFollowTheFeature(HallBrowser hall, Path home, int offset, String console, String base) throws Exception {
        List<String> pages = intermediaryEntries(base);
        boolean served = status(base + "/ui/intermediary/module.json") == 200;
        hall.open("/");
        hall.shown("#nav-ops-status");
        assertEquals(pages, navLinks(hall, pages), "the navigation shows the marketplace's entries for ops");
        consoleCommand(home, offset, console, "feature:uninstall tongban-intermediary");
        await("the marketplace gone").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> !get(base + "/api/v1/node", "ops").contains("tongban-intermediary"));
        await("its REST API gone").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> status(base + "/api/v1/intermediary/services", "ops", "ops-demo") == 404);
        assertEquals(404, status(base + "/ui/intermediary/module.json"));
        assertEquals(List.of(), intermediaryEntries(base));
        hall.open("/");
        hall.shown("#nav-ops-status");
        assertEquals(List.of(), navLinks(hall, pages), "no marketplace page without its feature");

        consoleCommand(home, offset, console, "feature:install tongban-intermediary");
        await("the marketplace back").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .until(() -> status(base + "/api/v1/intermediary/services", "ops", "ops-demo") == 200
                        && (!served || status(base + "/ui/intermediary/module.json") == 200));
        assertTrue(get(base + "/api/v1/node", "ops").contains("tongban-intermediary"));
        assertEquals(pages, intermediaryEntries(base));
        hall.open("/");
        hall.shown("#nav-ops-status");
        assertEquals(pages, navLinks(hall, pages), "the marketplace's pages are back");
        if (!served) {
            System.out.println("OpsUiIT: tongban-intermediary brings no pages in this build; only its API was followed");
        }
    }

    /** Which of these entries of the marketplace the shell's navigation links to now. */
    private static List<String> navLinks(HallBrowser hall, List<String> entries) {
        return entries.stream().filter(e -> hall.present("#nav-intermediary-" + e)).toList();
    }

    /** The entries of the marketplace's module ops may use, as the API lists them (none while it is not installed). */
    private static List<String> intermediaryEntries(String base) throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        for (JsonNode m : JSON.readTree(get(base + "/api/v1/ui/modules", "ops"))) {
            if (m.path("id").asText().equals("intermediary")) {
                m.path("entries").forEach(e -> ids.add(e.path("id").asText()));
            }
        }
        return ids;
    }

    /** The county holds seq 1 of the agent's subject under another id, from the township's earlier installation. */
    private static void staleRecordAtTheCounty(String countyUrl) throws Exception {
        String event = "[{\"id\":\"ops-it-earlier-install\",\"originNode\":\"" + TOWNSHIP + "\",\"subject\":\"" + AGENT_SUBJECT
                + "\",\"subjectSeq\":1,\"type\":\"test.note\",\"payloadVersion\":1,\"payload\":\"{}\",\"created\":\"2026-11-01T08:00:00Z\"}]";
        String receipt = ok(RealNodes.post(countyUrl + "/api/v1/sync/events", TOWNSHIP, "sync-secret", event), 200);
        assertTrue(receipt.contains("\"stored\":[\"ops-it-earlier-install\"]"), receipt);
    }

    private static JsonNode deadLetter(String base) throws Exception {
        for (JsonNode d : JSON.readTree(get(base + "/api/v1/sync/dead-letters", "ops"))) {
            if (d.path("subject").asText().equals(AGENT_SUBJECT)) {
                return d;
            }
        }
        return null;
    }

    private static String deadLetterId(String base) throws Exception {
        JsonNode d = deadLetter(base);
        assertTrue(d != null && d.path("reason").asText().contains("same key"), String.valueOf(d));
        return d.path("eventId").asText();
    }

    private static JsonNode account(String base, String user) throws Exception {
        for (JsonNode a : JSON.readTree(get(base + "/api/v1/accounts", "ops"))) {
            if (a.path("user").asText().equals(user)) {
                return a;
            }
        }
        throw new AssertionError("no account " + user);
    }

    private static String ok(java.net.http.HttpResponse<String> r, int status) {
        return RealNodes.ok(r, status);
    }

    /** The township set up as RealNodes does, keeping the console password init prints once. */
    private static String initTownship(Path home, int offset, String upstream) throws Exception {
        RealNodes.Result r = RealNodes.run(home, "bin/tongban", "init", "--level", "township", "--division", "370783003",
                "--name", "文家街道便民服务中心", "--port-offset", Integer.toString(offset), "--upstream", upstream);
        assertEquals(0, r.exit(), r.output());
        RealNodes.testAccounts(home);
        String label = "console  user karaf, password ";
        int at = r.output().indexOf(label);
        assertTrue(at >= 0, r.output());
        return r.output().substring(at + label.length()).split("\\s")[0];
    }

    /** A command at the node's console through bin/client (its standard input closed only once it has answered). */
    private static void consoleCommand(Path home, int offset, String password, String command) throws Exception {
        Process p = new ProcessBuilder("bin/client", "-a", Integer.toString(8101 + offset), "-u", "karaf", "-p", password,
                "-r", "10", command).directory(home.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "bin/client timed out: " + command);
        p.getOutputStream().close();
        assertEquals(0, p.exitValue(), command + ": " + out);
        assertFalse(out.contains("Error executing command"), command + ": " + out);
    }
}
