package org.tongban.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongban.itests.RealNodes.FOOD;
import static org.tongban.itests.RealNodes.get;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window clerk's job in a real browser on a demo county node: sign in, find 食品经营许可, hand in two of its three
 * required materials and get the one-time deficiency notice naming the third, supplement it and get the acceptance
 * receipt with case number and query code, receive and dispatch the case, find it in the window's queue. A reviewer
 * signing in sees no clerk page, opens the case from the back-office queue, approves it and records its result; a clerk
 * sees no reviewer page. The pages come from intake's bundle through core's extender.
 */
class HallUiIT {

    @TempDir
    Path dir;

    private RealNodes nodes;

    @AfterEach
    void stopAll() throws Exception {
        nodes.stopAll();
    }

    @Test
    void theClerkTakesAnApplicationFromDeficientToDispatched() throws Exception {
        nodes = new RealNodes(dir);
        int offset = RealNodes.freeOffset(3300);
        Path county = nodes.demoCounty(offset);
        String base = RealNodes.url(offset);
        nodes.start(county, base);
        pagesAreServedSafely(base);
        File scan = Files.writeString(dir.resolve("scan.pdf"), "%PDF-1.4 test scan\n").toFile();

        try (HallBrowser hall = new HallBrowser(base)) {
            hall.login("clerk");
            assertTrue(hall.shown("#hall").getText().contains("寿光市政务服务中心"));
            hall.click("#nav-intake-clerk");
            hall.type("#item-q", "食品经营许可\n");
            hall.click("button.pick[data-code='" + FOOD + "']");
            hall.shown("#checklist");
            hall.type("#applicant-name", "寿光市某某食品有限公司");
            hall.type("#applicant-id", "91350100M000100Y43");
            hall.type("#applicant-mobile", "13800138000");
            hall.type("#form-address", "文家街道");
            hall.attach("#file-M01", scan);
            hall.type("#ecert-M02", "BL-91350100M000100Y43");
            hall.click("#submit");

            String missing = hall.shown("#doc-missing").getText();
            assertTrue(hall.shown("#doc-deficiency").getText().contains("一次性告知书"));
            assertTrue(missing.contains("M03"), missing);
            hall.screenshot("intake-deficiency-notice");
            assertFalse(missing.contains("M01") || missing.contains("M02"), missing);

            hall.attach("#file-M03", scan);
            hall.click("#supplement-submit");
            assertTrue(hall.shown("#doc-receipt").getText().contains("受理通知书"));
            String number = hall.shown("#doc-case-number").getText();
            assertFalse(number.isBlank());
            assertFalse(hall.shown("#doc-query-code").getText().isBlank());
            assertFalse(hall.shown("#doc-promised").getText().isBlank());
            hall.screenshot("intake-receipt");

            hall.click("#move-submit");
            hall.shown("#decision[data-status=RECEIVED]");
            hall.click("#move-submit");
            hall.shown("#decision[data-status=DISPATCHED]");
            assertTrue(get(base + "/api/v1/cases/" + number, "clerk").contains("\"status\":\"DISPATCHED\""));

            hall.click("#nav-intake-cases");
            hall.shown("#queue-table tr[data-case='" + number + "']");
            hall.screenshot("intake-window-queue");
            assertFalse(hall.present("#nav-intake-reviews"), "a clerk has no reviewer page");
            hall.click("#lang");
            // The language switches once its messages are loaded: wait for the English text rather than read it at once.
            org.awaitility.Awaitility.await("the bar in English").atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> "Sign out".equals(hall.shown("#logout").getText()));
            hall.click("#lang");
            hall.noConsoleErrors();

            hall.logout();
            hall.login("reviewer");
            hall.shown("main h1");
            assertFalse(hall.present("#nav-intake-clerk"), "a reviewer has no clerk page");
            reviewerApprovesAndRecords(hall, base, number);
            hall.noConsoleErrors();
        }
        // Other modules' entries may name the clerk among their roles (the marketplace's): the clerk's own page is absent.
        assertFalse(get(base + "/api/v1/ui/modules", "reviewer").contains("\"id\":\"clerk\""));
        assertTrue(get(base + "/api/v1/ui/modules", "clerk").contains("\"script\":\"clerk.js\""));
        assertFalse(get(base + "/api/v1/ui/modules", "clerk").contains("reviews.js"));
    }

    /**
     * 后台审批: the reviewer opens the dispatched case from their departments' queue, reads the one form (masked) and the
     * materials (the scan a link into the case, the e-certificate by its reference) and the timeline, approves with an
     * opinion, records the licence number, and sees the case DECIDED with its result.
     */
    private static void reviewerApprovesAndRecords(HallBrowser hall, String base, String number) throws Exception {
        hall.click("#nav-intake-reviews");
        hall.click("#review-table tr[data-case='" + number + "'] a.review-open");
        hall.shown("#review-summary[data-status=DISPATCHED]");
        assertTrue(hall.shown("#review-form").getText().contains("文家街道"));
        String materials = hall.shown("#review-materials").getText();
        assertTrue(materials.contains("M01") && materials.contains("M03") && materials.contains("BL-91350100M000100Y43"), materials);
        String scan = hall.shown("#review-materials tr[data-code=M01] a.scan").getAttribute("href");
        assertTrue(scan.contains("/api/v1/cases/" + number + "/materials/"), scan);
        hall.shown("#review-timeline li");
        hall.screenshot("intake-review");
        hall.type("#review-opinion", "材料齐全，符合条件，同意");
        hall.click("#review-submit");
        hall.shown("#review-summary[data-status=DECIDED]");
        hall.type("#result-number", "JY13707830000001");
        hall.click("#result-submit");
        assertTrue(hall.shown("#review-result").getText().contains("JY13707830000001"));
        assertFalse(hall.present("#review"), "no decision form on a decided case");
        String view = get(base + "/api/v1/cases/" + number, "reviewer");
        assertTrue(view.contains("\"status\":\"DECIDED\"") && view.contains("JY13707830000001"), view);
    }

    /** The shell at /, a module's files with their types and the API's security headers; nothing outside them. */
    private static void pagesAreServedSafely(String base) throws Exception {
        // Readiness covers the API's resources, not the pages' servlet, which may register a moment after it.
        org.awaitility.Awaitility.await("the shell at /").atMost(java.time.Duration.ofSeconds(60))
                .pollInterval(java.time.Duration.ofMillis(250)).until(() -> fetch(base + "/").statusCode() == 200);
        HttpResponse<String> index = fetch(base + "/");
        assertEquals(200, index.statusCode());
        assertTrue(index.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(index.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertEquals("nosniff", index.headers().firstValue("X-Content-Type-Options").orElse(""));
        HttpResponse<String> module = fetch(base + "/ui/intake/clerk.js");
        assertEquals(200, module.statusCode());
        assertTrue(module.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals(404, fetch(base + "/ui/intake/").statusCode());
        assertEquals(404, fetch(base + "/ui/nothing/clerk.js").statusCode());
        assertNotEquals(200, fetch(base + "/ui/intake/%2e%2e/%2e%2e/etc/config.properties").statusCode());
        assertNotEquals(200, fetch(base + "/ui/shell/..%2F..%2Fetc%2Fusers.properties").statusCode());
    }

    private static HttpResponse<String> fetch(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
