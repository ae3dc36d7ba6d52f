package org.tongban.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The supervisor's pages (电子监察, 好差评) in a real browser on a demo county node whose clock starts on Monday
 * 2026-06-08: the demo cases are taken in that day, the two finished ones evaluated (one very badly, by name) and the
 * bad review appealed by a second supervisor. Two weeks later the supervisor runs the scan from the dashboard and sees
 * the overdue cases' red cards by colour and department, reads June's bulletin with its charts and CSV, the
 * satisfaction statistics and ranking with their charts, records the verification of the bad review's rectification,
 * and upholds the appeal. A clerk sees none of these pages.
 */
class SupervisorUiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String START = "2026-06-08T09:00:00+08:00";
    private static final String LATER = "2026-06-22";

    @TempDir
    Path dir;

    private RealNodes nodes;
    private String base;

    @AfterEach
    void stopAll() throws Exception {
        nodes.stopAll();
    }

    @Test
    void theSupervisorReadsTheCardsAndTheBulletinAndDecidesAnAppeal() throws Exception {
        nodes = new RealNodes(dir);
        int offset = RealNodes.freeOffset(3500);
        Path county = nodes.demoCounty(offset);
        RealNodes.user(county, "inspector", "supervisor");
        setting(county, "org.tongban.supervision.cfg", "scanIntervalMinutes", "0");
        setting(county, "org.tongban.evaluation.cfg", "sweepIntervalMinutes", "0");
        setting(county, "org.tongban.clock.cfg", "offset", offsetTo(START));
        base = RealNodes.url(offset);
        nodes.start(county, base);

        long[] evaluations = evaluateTheFinishedCases();
        long appeal = json(RealNodes.ok(RealNodes.post(base + "/api/v1/evaluations/" + evaluations[0] + "/appeals", "inspector",
                "{\"reason\":\"申请人评价的是前一次办理，与本件无关\"}"), 201)).path("id").asLong();
        // Two weeks on, by the node's clock (Karaf applies the changed file): the open demo cases are overdue.
        setting(county, "org.tongban.clock.cfg", "offset", offsetTo(LATER + "T09:00:00+08:00"));
        Awaitility.await("the clock at " + LATER).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> LATER.equals(api("/api/v1/supervision/on-time").path("to").asText()));

        try (HallBrowser hall = new HallBrowser(base)) {
            hall.login("supervisor");
            dashboard(hall);
            bulletin(hall);
            statistics(hall);
            rectification(hall, evaluations[0]);
            decideAppeal(hall, appeal, evaluations[0]);
            hall.noConsoleErrors();

            hall.logout();
            hall.login("clerk");
            hall.shown("main h1");
            for (String page : List.of("supervision-dashboard", "supervision-bulletin", "evaluation-stats", "evaluation-appeals")) {
                assertFalse(hall.present("#nav-" + page), "a clerk has no supervisor page " + page);
            }
            hall.noConsoleErrors();
        }
        String clerkModules = RealNodes.get(base + "/api/v1/ui/modules", "clerk");
        assertFalse(clerkModules.contains("supervisor-") || clerkModules.contains("stats.js") || clerkModules.contains("stats-"), clerkModules);
    }

    /** The dashboard before and after the scan: the tiles count the open cards of each colour as the API lists them. */
    private void dashboard(HallBrowser hall) throws Exception {
        hall.click("#nav-supervision-dashboard");
        hall.shown("#dash-tiles");
        assertEquals("0", hall.shown("#tile-RED").getAttribute("data-count"), "no card before the scan");
        hall.click("#scan-run");
        int issued = Integer.parseInt(hall.shown("#scan-result[data-issued]").getAttribute("data-issued"));
        assertTrue(issued > 0, "the scan issues the overdue cases' cards");
        hall.shown("#chart-cards[data-drawn] canvas");
        for (String colour : List.of("WARNING", "YELLOW", "RED")) {
            int listed = api("/api/v1/supervision/cards?colour=" + colour).size();
            assertEquals(String.valueOf(listed), hall.shown("#tile-" + colour).getAttribute("data-count"), colour);
        }
        assertTrue(api("/api/v1/supervision/cards?colour=RED").size() > 0, "cases two weeks past a 5-day limit are red");
        long departments = api("/api/v1/supervision/cards").findValuesAsText("departmentCode").stream().distinct().count();
        assertEquals(departments, hall.shown("#cards-by-department").findElements(By.cssSelector("tbody tr")).size());
        hall.screenshot("supervision-dashboard");
        hall.click("#tile-RED");
        hall.shown("#card-table[data-filter=RED] tbody tr[data-colour=RED]");
        assertFalse(hall.present("#card-table tbody tr:not([data-colour=RED])"), "the red tile lists red cards only");

        hall.click("#nav-supervision-overdue");
        String first = api("/api/v1/supervision/overdue").get(0).path("caseNumber").asText();
        hall.shown("#overdue-table tr[data-case='" + first + "']");
        hall.shown("#ontime-result");
    }

    /** June's bulletin (the node's month): its table is the API's, its charts are drawn, its CSV link answers CSV. */
    private void bulletin(HallBrowser hall) throws Exception {
        hall.click("#nav-supervision-bulletin");
        hall.shown("#bulletin-table[data-month='2026-06']");
        hall.shown("#chart-bulletin[data-drawn] canvas");
        hall.shown("#chart-bulletin-cards[data-drawn] canvas");
        JsonNode total = api("/api/v1/supervision/bulletin").path("total");
        assertEquals(total.path("submissions").asText(), hall.shown("#bulletin-table tr.total td[data-field=submissions]").getText());
        assertEquals(total.path("redCards").asText(), hall.shown("#bulletin-table tr.total td[data-field=red]").getText());
        assertTrue(total.path("redCards").asLong() > 0, total.toString());
        HttpResponse<String> csv = download(hall.shown("#bulletin-csv"));
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().toString());
        assertTrue(csv.body().contains("2026-06,") && csv.body().contains("red_cards"), csv.body());
        hall.screenshot("supervision-bulletin");
    }

    /** 满意度统计 by department and the window ranking, each with its chart; the ranking's CSV answers CSV. */
    private void statistics(HallBrowser hall) throws Exception {
        hall.click("#nav-evaluation-stats");
        hall.shown("#stats-table[data-dimension=DEPARTMENT]");
        hall.shown("#chart-stats[data-drawn] canvas");
        hall.shown("#chart-stats-levels[data-drawn] canvas");
        JsonNode stats = api("/api/v1/evaluations/statistics?by=DEPARTMENT");
        assertEquals(2, stats.path("total").path("total").asLong(), stats.toString());
        assertEquals("2", hall.shown("#stats-table tr.total td[data-field=total]").getText());
        assertEquals(stats.path("lines").size(), hall.shown("#stats-table").findElements(By.cssSelector("tbody tr")).size());
        hall.screenshot("evaluation-stats");

        hall.click("#nav-evaluation-trend");
        hall.shown("#chart-trend[data-drawn] canvas");
        assertEquals("2", hall.shown("#trend-table tr[data-month='2026-06'] td").getText(), "June's evaluations in the trend");

        hall.click("#nav-evaluation-ranking");
        hall.shown("#ranking-table[data-dimension=WINDOW]");
        hall.shown("#chart-ranking[data-drawn] canvas");
        JsonNode ranking = api("/api/v1/evaluations/ranking?by=WINDOW");
        for (JsonNode line : ranking.path("lines")) {
            hall.shown("#ranking-table tr[data-key='" + line.path("key").asText() + "'][data-rank='" + line.path("rank").asInt() + "']");
        }
        HttpResponse<String> csv = download(hall.shown("#ranking-csv"));
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().toString());
    }

    /** The supervisor records the bad review's verification on its rectification task. */
    private void rectification(HallBrowser hall, long evaluation) throws Exception {
        long task = 0;
        for (JsonNode r : api("/api/v1/evaluations/rectifications")) {
            if (r.path("evaluationId").asLong() == evaluation) {
                task = r.path("id").asLong();
            }
        }
        assertTrue(task > 0, "the bad review opened a rectification task");
        hall.click("#nav-evaluation-rectifications");
        hall.click("#rect-table tr[data-rectification='" + task + "'] a.rect-open");
        hall.shown("#rect-summary[data-status=OPEN]");
        hall.type("#rect-text", "调取窗口录像核实：评价所指为前一次办理");
        hall.click("#rect-submit");
        hall.shown("#rect-summary[data-status=VERIFIED]");
        assertEquals("VERIFIED", api("/api/v1/evaluations/rectifications/" + task).path("status").asText());
    }

    /** 申诉审核: the pending appeal with its review, upheld with reasons; the review's rectification is then void. */
    private void decideAppeal(HallBrowser hall, long appeal, long evaluation) throws Exception {
        hall.click("#nav-evaluation-appeals");
        hall.click("#appeal-table tr[data-appeal='" + appeal + "'][data-status=PENDING] a.appeal-open");
        assertTrue(hall.shown("#appeal-summary").getText().contains("非常不满意"));
        hall.click("#appeal-uphold");
        hall.type("#appeal-decision", "经核实，该评价针对的不是本次办件，申诉成立");
        hall.screenshot("evaluation-appeal");
        hall.click("#appeal-submit");
        hall.shown("#appeal-summary[data-status=UPHELD]");
        JsonNode upheld = api("/api/v1/evaluations/appeals/" + appeal);
        assertEquals("UPHELD", upheld.path("status").asText(), upheld.toString());
        assertEquals("supervisor", upheld.path("decidedBy").asText());
        assertEquals("UPHELD", api("/api/v1/evaluations/" + evaluation).path("appeal").asText());
        assertEquals(1, api("/api/v1/evaluations/statistics?by=DEPARTMENT").path("total").path("total").asLong(),
                "an upheld appeal takes the review out of the statistics");
    }

    /**
     * The demo's finished cases (an instant decision, a delivered certificate), invited by the sweep and evaluated by
     * their applicants with the receipt's query code: the first very badly and by name, the second very well.
     */
    private long[] evaluateTheFinishedCases() throws Exception {
        RealNodes.ok(RealNodes.post(base + "/api/v1/evaluations/sweep", "supervisor", ""), 200);
        List<String> finished = new ArrayList<>();
        for (String status : List.of("DECIDED", "DELIVERED")) {
            for (JsonNode c : json(RealNodes.get(base + "/api/v1/cases?status=" + status, "clerk"))) {
                finished.add(c.path("caseNumber").asText());
            }
        }
        assertTrue(finished.size() >= 2, "the demo has finished cases: " + finished);
        String[] reviews = {"{\"level\":\"VERY_DISSATISFIED\",\"channel\":\"HALL_TABLET\",\"comment\":\"等候时间太长\",\"anonymous\":false}",
            "{\"level\":\"VERY_SATISFIED\",\"channel\":\"MOBILE\",\"comment\":\"一次办好\"}"};
        long[] ids = new long[2];
        for (int i = 0; i < 2; i++) {
            String number = finished.get(i);
            String query = json(RealNodes.get(base + "/api/v1/cases/" + number, "clerk")).path("queryCode").asText();
            String code = json(publicGet("/api/v1/evaluations/invitations?caseNumber=" + number + "&code=" + query)).path("code").asText();
            HttpResponse<String> e = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/evaluations/invitations/"
                    + code + "/evaluation")).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(reviews[i])).build(),
                    HttpResponse.BodyHandlers.ofString());
            ids[i] = json(RealNodes.ok(e, 201)).path("id").asLong();
        }
        return ids;
    }

    /** What a link of the page answers: fetched with the supervisor's credentials (the browser would download it). */
    private HttpResponse<String> download(WebElement link) throws Exception {
        String href = link.getAttribute("href");
        URI uri = URI.create(href.startsWith("/") ? base + href : href);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Authorization", RealNodes.basic("supervisor")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode api(String path) throws Exception {
        return json(RealNodes.get(base + path, "supervisor"));
    }

    private String publicGet(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return RealNodes.ok(r, 200);
    }

    private static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }

    private static String offsetTo(String at) {
        return Duration.between(Instant.now(), OffsetDateTime.parse(at).toInstant()).toString();
    }

    /** Sets one key of a node's etc/ file (a running node's Karaf applies the change within a second or so). */
    private static void setting(Path home, String file, String key, String value) throws Exception {
        Path cfg = home.resolve("etc").resolve(file);
        List<String> lines = new ArrayList<>(Files.readAllLines(cfg));
        lines.removeIf(l -> l.matches(java.util.regex.Pattern.quote(key) + "\\s*=.*"));
        lines.add(key + " = " + value);
        Files.write(cfg, lines);
    }
}
