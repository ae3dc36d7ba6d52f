package org.tongban.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongban.itests.RealNodes.FOOD;
import static org.tongban.itests.RealNodes.get;
import static org.tongban.itests.RealNodes.ok;
import static org.tongban.itests.RealNodes.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The applicant online (网上办事) at a phone's width on a demo county node: sign in, find 食品经营许可, read its guide,
 * pre-review and submit an application with a required material missing, get the one-time deficiency notice,
 * supplement it, see the case accepted among their own. The hall then decides the case through the REST API; the
 * applicant gives it a bad review with its reason, the department answers through the API, and the applicant rates the
 * answer. The hall tablet at window W01 evaluates a window case by the invitation it is given. Another applicant's
 * account sees none of it.
 */
class ApplicantUiIT {

    private static final String COMPANY = "91350100M000100Y43";
    private static final String STRANGER = "370783198805050013";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private RealNodes nodes;
    private String base;

    @AfterEach
    void stopAll() throws Exception {
        nodes.stopAll();
    }

    @Test
    void theApplicantAppliesOnlineSupplementsEvaluatesAndTheTabletEvaluatesAWindowCase() throws Exception {
        nodes = new RealNodes(dir);
        int offset = RealNodes.freeOffset(3800);
        Path county = nodes.demoCounty(offset);
        // A node set up with init keeps no demo account: ops add a tablet per window (role tablet, unit window:W01).
        RealNodes.user(county, "tablet", "tablet,window:W01");
        RealNodes.user(county, "stranger", "applicant,identity:" + STRANGER);
        base = RealNodes.url(offset);
        nodes.start(county, base);
        File scan = Files.writeString(dir.resolve("scan.pdf"), "%PDF-1.4 applicant's scan\n").toFile();

        try (HallBrowser hall = new HallBrowser(base)) {
            hall.phone();
            hall.login("applicant");
            String number = appliesOnlineAndSupplements(hall, scan);
            decide(number);
            evaluatesBadlyAndRatesTheAnswer(hall, number);
            hall.logout();

            hall.login("stranger");
            hall.click("#nav-intake-mine");
            hall.shown("#mine-none");
            assertFalse(hall.present("#nav-evaluation-tablet"), "an applicant has no tablet page");
            hall.noConsoleErrors();
            hall.logout();
            assertEquals("[]", RealNodes.get(base + "/api/v1/cases", "stranger"));
            assertEquals(404, RealNodes.status(base + "/api/v1/cases/" + number, "stranger", "stranger-demo"));

            String windowCase = RealNodes.submitFoodCase(base);
            decide(windowCase);
            hall.desktop();
            tabletEvaluates(hall, windowCase);
        }
        assertTrue(get(base + "/api/v1/ui/modules", "applicant").contains("\"script\":\"online-catalog.js\""));
        assertFalse(get(base + "/api/v1/ui/modules", "applicant").contains("tablet-evaluate.js"));
        assertFalse(get(base + "/api/v1/ui/modules", "clerk").contains("online-"));
    }

    /** 网上办事: the guide, pre-review, submission with M03 missing, the notice, the supplement; the case's number. */
    private String appliesOnlineAndSupplements(HallBrowser hall, File scan) throws Exception {
        hall.click("#nav-intake-online");
        hall.type("#online-q", "食品经营许可\n");
        // The list is drawn first for no query, then for this one: click in the answer to this one.
        hall.click("#online-results[data-q='食品经营许可'] li[data-code='" + FOOD + "'] a");
        assertTrue(hall.shown("#guide-limit").getText().contains("20") && hall.shown("#guide-limit").getText().contains("5"));
        assertEquals("不收费", hall.shown("#guide-fee").getText());
        assertTrue(hall.shown("#guide-where").getText().contains("寿光市政务服务中心"));
        assertTrue(hall.shown("#guide-materials tr[data-code=M03]").getText().contains("必须"));
        hall.noConsoleErrors();
        hall.screenshot("applicant-guide");

        hall.click("#online-apply-link");
        hall.type("#online-name", "寿光市某某食品有限公司");
        hall.type("#online-id", COMPANY);
        hall.type("#online-mobile", "13800138000");
        hall.type("#online-address", "文家街道健康街8号");
        hall.attach("#online-file-M01", scan);
        hall.type("#online-ecert-M02", "BL-" + COMPANY);
        hall.click("#online-prereview");
        hall.shown("#online-check [data-outcome=DEFICIENT]");
        String missing = hall.shown("#online-missing").getText();
        assertTrue(missing.contains("M03") && !missing.contains("M01") && !missing.contains("M02"), missing);
        hall.click("#online-submit");

        String number = hall.shown("#mine-case[data-status=DEFICIENT]").getAttribute("data-case");
        assertTrue(hall.shown("#mine-missing").getText().contains("M03"));
        hall.screenshot("applicant-deficiency");
        hall.attach("#online-file-M03", scan);
        hall.click("#mine-supplement-submit");
        hall.shown("#mine-case[data-status=ACCEPTED]");
        assertFalse(hall.shown("#mine-promised").getText().isBlank());
        assertTrue(hall.shown("#mine-tolerated-list").getText().contains("M04"), "M04 may follow (容缺)");
        hall.click("#mine-back");
        hall.shown("#mine-table tr[data-case='" + number + "'][data-status=ACCEPTED]");
        hall.noConsoleErrors();

        JsonNode kase = json(get(base + "/api/v1/cases/" + number, "clerk"));
        assertEquals("ACCEPTED", kase.path("status").asText());
        assertEquals("ONLINE", kase.path("channel").asText());
        assertEquals(3, kase.path("materials").size(), kase.toString());
        assertTrue(kase.path("materials").get(0).path("scanStored").asBoolean(), "the scan uploaded from the phone is stored");
        return number;
    }

    /** 好差评 online: a bad review needs its reason; the department answers (API); the applicant rates the answer. */
    private void evaluatesBadlyAndRatesTheAnswer(HallBrowser hall, String number) throws Exception {
        hall.click("#nav-intake-mine");
        hall.click("#mine-table tr[data-case='" + number + "'] a.mine-open");
        assertEquals("准予许可", hall.shown("#mine-outcome").getText());
        hall.click("#mine-evaluate");
        hall.shown("#eval-invitation[data-status=OPEN]");
        hall.click("#eval-levels label[data-level=DISSATISFIED]");
        hall.click("#eval-submit");
        assertTrue(hall.shown("#alert").getText().contains("差评请写明不满意的原因"));
        hall.type("#eval-comment", "网上预审没有提示容缺材料的补交期限");
        hall.click("#eval-submit");
        hall.shown("#eval-invitation[data-status=EVALUATED]");
        hall.shown("#eval-rectification[data-status=OPEN]");
        hall.noConsoleErrors();
        hall.screenshot("applicant-evaluation");

        JsonNode review = json(get(base + "/api/v1/evaluations?caseNumber=" + number, "supervisor")).get(0);
        assertEquals("DISSATISFIED", review.path("level").asText());
        assertEquals("MOBILE", review.path("channel").asText(), "evaluated on a phone");
        assertEquals("网上预审没有提示容缺材料的补交期限", review.path("comment").asText());
        long task = rectificationOf(number).path("id").asLong();
        String steps = base + "/api/v1/evaluations/rectifications/" + task + "/steps";
        ok(post(steps, "reviewer", "{\"step\":\"VERIFY\",\"text\":\"属实\"}"), 200);
        ok(post(steps, "reviewer", "{\"step\":\"ANSWER\",\"text\":\"办事指南已写明容缺材料须在5个工作日内补交，感谢监督\"}"), 200);

        hall.click("#eval-back");
        hall.click("#eval-cases li[data-case='" + number + "'] a");
        assertTrue(hall.shown("#rectification-answer").getText().contains("5个工作日内补交"));
        hall.click("#rate-levels label[data-level=SATISFIED]");
        hall.click("#rate-submit");
        assertEquals("满意", hall.shown("#rectification-rating").getText());
        assertFalse(hall.present("#rate"), "the answer is rated once");
        hall.noConsoleErrors();
        assertEquals("SATISFIED", rectificationOf(number).path("applicantRating").asText());
    }

    /** 评价器: the tablet asks for the case's invitation, the applicant taps a level, the tablet is ready for the next. */
    private void tabletEvaluates(HallBrowser hall, String number) throws Exception {
        hall.login("tablet");
        hall.type("#tablet-case", number + "\n");
        hall.shown("#tablet-invitation[data-case='" + number + "']");
        hall.click("#tablet-levels label[data-level=VERY_SATISFIED]");
        hall.type("#tablet-comment", "窗口服务热情，一次办好");
        hall.screenshot("tablet-evaluation");
        hall.click("#tablet-submit");
        hall.shown("#tablet-thanks");
        hall.click("#tablet-next");
        hall.type("#tablet-case", number + "\n");
        hall.shown("#tablet-closed");
        hall.noConsoleErrors();

        JsonNode review = json(get(base + "/api/v1/evaluations?caseNumber=" + number, "supervisor")).get(0);
        assertEquals("VERY_SATISFIED", review.path("level").asText());
        assertEquals("HALL_TABLET", review.path("channel").asText());
        assertEquals("W01", review.path("window").asText());
    }

    /** The hall's part through the API, as HallUiIT's clerk and reviewer do it in pages: received, dispatched, approved. */
    private void decide(String number) throws Exception {
        String cases = base + "/api/v1/cases/" + number;
        ok(post(cases + "/transitions", "clerk", "{\"to\":\"RECEIVED\"}"), 200);
        ok(post(cases + "/transitions", "clerk", "{\"to\":\"DISPATCHED\"}"), 200);
        JsonNode decided = json(ok(post(cases + "/reviews", "reviewer", "{\"department\":\"11370783000007919T\",\"decision\":\"APPROVE\","
                + "\"opinion\":\"符合条件，同意\"}"), 200));
        assertEquals("DECIDED", decided.path("status").asText());
        ok(post(base + "/api/v1/evaluations/invitations", "clerk", "{\"caseNumber\":\"" + number + "\"}"), 201);
    }

    private JsonNode rectificationOf(String number) throws Exception {
        for (JsonNode r : json(get(base + "/api/v1/evaluations/rectifications", "reviewer"))) {
            if (number.equals(r.path("caseNumber").asText())) {
                return r;
            }
        }
        throw new AssertionError("no rectification task for " + number);
    }

    private static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }
}
