package org.tongban.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongban.itests.RealNodes.get;
import static org.tongban.itests.RealNodes.ok;
import static org.tongban.itests.RealNodes.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.Select;
import org.tongban.core.validation.CreditCode;

/**
 * 中介超市 in a real browser on a demo county node whose clock starts on Monday 2026-11-02: the clerk posts a random draw
 * for an owner at the window, the demo agency registers on its page, two more demo agencies register over REST and a
 * new agency applies over REST, is admitted and given a fault by the supervisor on the supervision page, and registers
 * too. The clock moves past the close; the clerk runs the draw, the verification page recomputes it in the browser and
 * shows it verified, the clerk records the contract, the drawn agency delivers on its page, the clerk reviews it. The
 * API holds each step; a clerk has no supervision page.
 */
class MarketUiIT {

    private static final String API = "/api/v1/intermediary";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NEW_AGENCY = "91370783MA3C0N9P1" + CreditCode.checkCharacter("91370783MA3C0N9P1");

    @TempDir
    Path dir;

    private RealNodes nodes;
    private Path county;
    private String base;

    @AfterEach
    void stopAll() throws Exception {
        nodes.stopAll();
    }

    @Test
    void aDrawIsPostedRegisteredForDrawnVerifiedContractedDeliveredAndReviewed() throws Exception {
        nodes = new RealNodes(dir);
        int offset = RealNodes.freeOffset(3600);
        county = nodes.demoCounty(offset);
        for (String staff : List.of("agency-hengtai", "agency-jiance", "agency-new")) {
            RealNodes.user(county, staff, "agency");
        }
        clock("2026-11-02T09:00:00+08:00");
        base = RealNodes.url(offset);
        nodes.start(county, base);
        awaitPages();

        try (HallBrowser hall = new HallBrowser(base)) {
            long project = clerkPosts(hall);
            agencyRegisters(hall, project);
            for (String staff : List.of("agency-hengtai", "agency-jiance")) {
                ok(post(base + API + "/projects/" + project + "/registrations", staff, "{}"), 201);
            }
            long newcomer = supervisorAdmitsAndRecordsAFault(hall);
            ok(post(base + API + "/projects/" + project + "/registrations", "agency-new", "{}"), 201);

            clock("2026-11-10T10:00:00+08:00");
            org.awaitility.Awaitility.await("the node on 2026-11-10").atMost(Duration.ofSeconds(30)).until(() -> "2026-11-10".equals(
                    json(ok(post(base + "/api/v1/evaluations/sweep", "supervisor", ""), 200)).path("day").asText()));
            long winner = clerkDrawsAndVerifies(hall, project, newcomer);
            performance(hall, project, winner);
        }
    }

    /** The clerk posts a random draw for the street office at the window, and sees no supervision page. */
    private long clerkPosts(HallBrowser hall) throws Exception {
        hall.login("clerk");
        assertFalse(hall.present("#nav-intermediary-supervision"), "a clerk has no supervision page");
        hall.click("#nav-intermediary-owner");
        new Select(hall.shown("#post-service")).selectByValue("ZJ-KCDJ");
        hall.type("#post-title", "土地勘测定界——寿光市文家街道便民服务中心扩建");
        hall.type("#post-scope", "便民服务中心扩建用地的勘测定界并提交成果报告");
        hall.type("#post-owner-name", "寿光市文家街道办事处");
        hall.type("#post-owner-code", "113707830042455710");
        new Select(hall.shown("#post-method")).selectByValue("RANDOM_DRAW");
        hall.type("#post-fixed-price", "18000");
        hall.type("#post-limit", "10");
        hall.type("#post-closes", "2026-11-10 09:00");
        hall.noConsoleErrors();
        hall.screenshot("intermediary-owner");
        hall.click("#post-submit");
        hall.shown("#project-status[data-status=OPEN]");
        long id = Long.parseLong(hall.shown("#work").getAttribute("data-project"));
        JsonNode p = json(get(base + API + "/projects/" + id, "clerk"));
        assertEquals("RANDOM_DRAW", p.path("method").asText());
        assertTrue(p.path("registrations").isNull(), "the number of registrants is sealed while the window is open");
        assertEquals(Instant.parse("2026-11-10T01:00:00Z"), Instant.parse(p.path("registrationCloses").asText()));
        assertFalse(get(base + "/api/v1/ui/modules", "clerk").contains("supervision.js"));
        hall.logout();
        return id;
    }

    /** The demo agency finds the project among those open to its services and registers (no bid: the price is fixed). */
    private void agencyRegisters(HallBrowser hall, long project) throws Exception {
        hall.login("agency");
        hall.click("#nav-intermediary-agency");
        hall.shown("#agency-profile[data-status=ADMITTED]");
        hall.click("#agency-open-table tr[data-project='" + project + "'] a.project-open");
        hall.click("#register-submit");
        hall.shown("#registrations-table tr");
        assertFalse(hall.present("#register"), "registered once");
        hall.noConsoleErrors();
        hall.click("#nav-intermediary-agency");
        assertTrue(hall.shown("#agency-registrations-table tr[data-project='" + project + "']").getText().contains("报名中"));
        hall.noConsoleErrors();
        hall.screenshot("intermediary-agency");
        JsonNode regs = json(get(base + API + "/projects/" + project + "/registrations", "supervisor"));
        assertEquals(1, regs.size());
        assertTrue(regs.get(0).path("bid").isNull());
        hall.logout();
    }

    /** A new agency applies over REST; the supervisor admits it on the page and records a minor fault (credit 80 → 75). */
    private long supervisorAdmitsAndRecordsAFault(HallBrowser hall) throws Exception {
        long id = json(ok(post(base + API + "/agencies", "agency-new", "{\"creditCode\":\"" + NEW_AGENCY + "\",\"name\":\"寿光市新测绘有限公司\","
                + "\"contactMobile\":\"13905361234\",\"serviceAreas\":[\"370783\"],\"staffCount\":6,\"qualifications\":[{\"serviceCode\":"
                + "\"ZJ-KCDJ\",\"name\":\"乙级测绘资质\",\"certificateNumber\":\"乙测资字37100\",\"validUntil\":\"2028-12-31\"}]}"), 201))
                .path("id").asLong();
        hall.login("supervisor");
        hall.click("#nav-intermediary-supervision");
        hall.click("#sup-table tr[data-agency='" + id + "'] button.sup-open");
        hall.type("#admit-opinion", "材料齐全，资质有效");
        hall.click("#admit-submit");
        hall.shown("#sup-agency[data-status=ADMITTED]");
        new Select(hall.shown("#violation-severity")).selectByValue("MINOR");
        hall.type("#violation-description", "报名材料中联系人信息未及时更新");
        hall.click("#violation-submit");
        assertTrue(hall.shown("#sup-agency[data-score='75']").getText().contains("C"), "80 less 5 is grade C");
        hall.noConsoleErrors();
        hall.screenshot("intermediary-supervision");
        JsonNode agency = json(get(base + API + "/agencies/" + id, "supervisor"));
        assertEquals("ADMITTED", agency.path("status").asText());
        assertEquals(75, agency.path("creditScore").asInt());
        hall.logout();
        return id;
    }

    /** After the close the clerk sees the four registrants, runs the draw and opens its verification. */
    private long clerkDrawsAndVerifies(HallBrowser hall, long project, long newcomer) throws Exception {
        hall.login("clerk");
        hall.click("#nav-intermediary-owner");
        hall.click("#owner-projects tr[data-project='" + project + "'] a.project-open");
        hall.shown("#registrations[data-count='4']");
        assertTrue(hall.present("#registrations-table tr[data-agency='" + newcomer + "']"));
        hall.click("#selection-submit");
        hall.shown("#project-status[data-status=SELECTED]");
        JsonNode p = json(get(base + API + "/projects/" + project, "clerk"));
        assertEquals("SELECTED", p.path("status").asText());
        long winner = p.path("winnerAgencyId").asLong();
        List<Long> candidates = new ArrayList<>();
        p.path("selection").path("candidates").forEach(c -> candidates.add(c.path("agencyId").asLong()));
        assertEquals(4, candidates.size());
        assertTrue(candidates.contains(winner));
        hall.shown("#selection[data-winner='" + winner + "']");

        hall.click("#verify-link");
        hall.shown("#verify-verdict[data-verified=true][data-server=true]");
        assertEquals(Long.toString(winner), hall.shown("#verify-winner").getAttribute("data-agency"));
        assertEquals("true", hall.shown("#verify-seed-ok").getAttribute("data-ok"));
        assertEquals("true", hall.shown("#verify-rules-ok").getAttribute("data-ok"));
        assertTrue(hall.shown("#verify-seed").getText().contains(p.path("selection").path("seed").asText()));
        assertEquals(4, hall.shown("#verify-participants").findElements(org.openqa.selenium.By.cssSelector("tbody tr")).size());
        assertTrue(hall.shown("#verify-steps li[data-label=winner]").getText().contains("|winner#0"));
        assertTrue(json(get(base + API + "/projects/" + project + "/verification", "clerk")).path("matches").asBoolean());
        hall.noConsoleErrors();
        hall.screenshot("intermediary-verification");
        return winner;
    }

    /** The contract at the drawn price, the drawn agency's delivery on its own page, the owner's review. */
    private void performance(HallBrowser hall, long project, long winner) throws Exception {
        hall.click("#verify-back");
        assertEquals("18000.00", hall.shown("#contract-amount").getAttribute("value"));
        hall.type("#contract-number", "WJ-ZJ-2026-031");
        hall.click("#contract-submit");
        hall.shown("#project-status[data-status=CONTRACTED]");
        assertEquals("WJ-ZJ-2026-031", json(get(base + API + "/projects/" + project, "clerk")).path("contract").path("contractNumber").asText());
        hall.logout();

        String account = null;
        for (JsonNode a : json(get(base + API + "/agencies/all", "supervisor"))) {
            if (a.path("id").asLong() == winner) {
                account = a.path("account").asText();
            }
        }
        hall.login(account);
        hall.open("/#/intermediary/market/" + project);
        hall.type("#delivery-summary", "勘测定界报告 KJ-2026-118 已提交");
        hall.click("#delivery-submit");
        hall.shown("#project-status[data-status=DELIVERED]");
        hall.noConsoleErrors();
        hall.logout();

        hall.login("clerk");
        hall.click("#nav-intermediary-owner");
        hall.click("#owner-projects tr[data-project='" + project + "'] a.project-open");
        new Select(hall.shown("#review-score")).selectByValue("5");
        hall.type("#review-comment", "按时提交，成果规范");
        hall.click("#review-submit");
        hall.shown("#project-status[data-status=REVIEWED]");
        assertTrue(hall.shown("#performance").getText().contains("按时提交，成果规范"));
        hall.click("#nav-intermediary-market");
        hall.shown("#agencies-table tr[data-agency='" + winner + "']");
        hall.noConsoleErrors();
        hall.screenshot("intermediary-market");
        // The public marketplace on an applicant's phone: one column, the projects still there.
        hall.phone();
        new Select(hall.shown("#projects-status")).selectByValue("REVIEWED");
        hall.click("#projects-filter button[type=submit]");
        hall.shown("#projects-table tr[data-project='" + project + "'][data-status=REVIEWED] a.project-open");
        hall.desktop();
        JsonNode p = json(get(base + API + "/projects/" + project, "clerk"));
        assertEquals("REVIEWED", p.path("status").asText());
        assertEquals(5, p.path("review").path("score").asInt());
        assertTrue(p.path("review").path("onTime").asBoolean());
        assertEquals("勘测定界报告 KJ-2026-118 已提交", p.path("delivery").path("summary").asText());
    }

    /** Sets the node's clock (live once it runs: Karaf reads etc/ every second). */
    private void clock(String at) throws Exception {
        String offset = Duration.between(Instant.now(), OffsetDateTime.parse(at).toInstant()).toString();
        Files.writeString(county.resolve("etc/org.tongban.clock.cfg"), "zone = Asia/Shanghai\noffset = " + offset + "\n");
    }

    /** The shell and this module's pages, which register a moment after the API is ready. */
    private void awaitPages() {
        org.awaitility.Awaitility.await("the marketplace's pages").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> RealNodes.status(base + "/ui/intermediary/market.js") == 200 && RealNodes.status(base + "/") == 200);
    }

    private static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }
}
