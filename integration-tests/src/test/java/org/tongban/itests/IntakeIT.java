package org.tongban.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** A case's closed loop over HTTP on a township with the demo catalogue: deficient → … → delivered; an instant item. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class IntakeIT extends TongbanTestSupport {

    private static final String FOOD = "11370783000007919T4010000000003";   // 食品经营许可: M01-M03 required, M04 tolerable
    private static final String SITING = "1137078300002375704010000000023"; // 用地预审与选址: land + housing, both approve
    private static final String JOINT = "1137078300010294764010000000024";  // 联合审批: four departments, M03 tolerable
    private static final String LAND = "113707830000237570";
    private static final String HOUSING = "11370783000031676J";
    private static final String DEVELOPMENT = "113707830001029476";
    private static final String DEFAULTER = "370783199001011232";
    private static final String RESIDENCE = "11370783000087109A4200000000021"; // 居住证签注: instant
    private static final String COMPANY = "91350100M000100Y43";
    private static final String PERSON = "11010519491231002X";

    @Configuration
    public Option[] config() {
        // The node's clock is pinned near Mon 2026-06-01 09:00 in Shanghai, so dates are the same on any day the suite runs.
        Duration offset = Duration.between(Instant.now(), OffsetDateTime.parse("2026-06-01T09:00:00+08:00").toInstant());
        return new Option[] {distribution("township", "370783003", "tongban-township"),
            editConfigurationFilePut("etc/org.tongban.node.cfg", "demo", "true"),
            editConfigurationFilePut("etc/org.tongban.clock.cfg", "offset", offset.toString())};
    }

    @Before
    public void ready() {
        awaitServing("/api/v1/catalog/items/" + FOOD);
        awaitPublished("/api/v1/cases", "/api/v1/reviews?department=X", "/api/v1/credit/defaulters", "/api/v1/public/results");
    }

    private static String application(String item, String type, String id, String materials, boolean commitment) {
        return "{\"itemCode\":\"" + item + "\",\"applicant\":{\"type\":\"" + type + "\",\"name\":\"寿光市某某食品有限公司\","
                + "\"idNumber\":\"" + id + "\",\"mobile\":\"13800138000\"},\"form\":{\"address\":\"文家街道\"},"
                + "\"materials\":[" + materials + "],\"channel\":\"WINDOW\",\"commitmentSigned\":" + commitment + "}";
    }

    private static String file(String code) {
        return "{\"code\":\"" + code + "\",\"fileRef\":\"scan-" + code + ".pdf\",\"eCertificateRef\":null}";
    }

    private static Http.Reply review(String number, String department, String decision, String opinion) {
        return Http.post("/api/v1/cases/" + number + "/reviews", "reviewer", "reviewer-demo",
                "{\"department\":\"" + department + "\",\"decision\":\"" + decision + "\",\"opinion\":\"" + opinion + "\"}");
    }

    private static Http.Reply deliver(String number, String json) {
        return Http.post("/api/v1/cases/" + number + "/delivery", "clerk", "clerk-demo", json);
    }

    private static Http.Reply move(String number, String to, String user) {
        return Http.post("/api/v1/cases/" + number + "/transitions", user, user + "-demo", "{\"to\":\"" + to + "\",\"opinion\":\"ok\"}");
    }

    @Test
    public void deficientSupplementedAcceptedJointlyReviewedDecidedAndDelivered() {
        Http.Reply submitted = Http.post("/api/v1/cases", "clerk", "clerk-demo",
                application(SITING, "ORGANISATION", COMPANY, file("M01"), false));
        assertEquals(submitted.body(), 201, submitted.status());
        assertEquals("DEFICIENT", Http.field(submitted.body(), "status"));
        assertTrue("one notice names everything missing: " + submitted.body(),
                submitted.body().contains("M02 项目批准") && submitted.body().contains("M03 勘测定界图"));
        String number = Http.field(submitted.body(), "caseNumber");
        assertTrue(number, number.startsWith(SITING) && number.length() == SITING.length() + 12);
        assertTrue(submitted.body(), submitted.body().contains("\"applicantIdMasked\":\"913501********0Y43\""));

        // The survey map is scanned and uploaded; the supplement names the stored file.
        byte[] scan = "%PDF-1.4 勘测定界图".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Http.Reply uploaded = Http.upload("/api/v1/files", "clerk", "clerk-demo", scan, "application/pdf", "勘测定界图.pdf");
        assertEquals(uploaded.body(), 201, uploaded.status());
        String fileRef = Http.field(uploaded.body(), "fileRef");
        assertTrue(fileRef, fileRef.startsWith("file:"));
        assertEquals(400, Http.post("/api/v1/cases/" + number + "/supplement", "clerk", "clerk-demo",
                "{\"materials\":[{\"code\":\"M03\",\"fileRef\":\"file:no-such-file\",\"eCertificateRef\":null}]}").status());
        assertTrue(uploaded.body(), uploaded.body().contains("\"fileName\":\"勘测定界图.pdf\""));
        Http.Reply back = Http.get("/api/v1/files/" + fileRef, "clerk", "clerk-demo");
        assertEquals("its uploader checks it", 200, back.status());
        assertEquals("%PDF-1.4 勘测定界图", back.body());
        assertEquals("nobody else reads a file by its reference", 404, Http.get("/api/v1/files/" + fileRef, "reviewer", "reviewer-demo").status());
        Http.Reply supplemented = Http.post("/api/v1/cases/" + number + "/supplement", "clerk", "clerk-demo",
                "{\"materials\":[{\"code\":\"M02\",\"fileRef\":null,\"eCertificateRef\":\"ecert:备案证明\"},"
                + "{\"code\":\"M03\",\"fileRef\":\"" + fileRef + "\",\"eCertificateRef\":null}]}");
        assertEquals(supplemented.body(), 200, supplemented.status());
        assertEquals("ACCEPTED", Http.field(supplemented.body(), "status"));
        assertEquals("accepted on the pinned clock's Monday", "2026-06-01", Http.field(supplemented.body(), "acceptedOn"));
        // The reviewer reads the scan through the case they decide.
        String materials = Http.get("/api/v1/cases/" + number + "/materials", "reviewer", "reviewer-demo").body();
        java.util.regex.Matcher survey = java.util.regex.Pattern.compile("\\{\"id\":(\\d+),\"code\":\"M03\"").matcher(materials);
        assertTrue(materials, survey.find());
        Http.Reply scanned = Http.get("/api/v1/cases/" + number + "/materials/" + survey.group(1) + "/scan", "reviewer", "reviewer-demo");
        assertEquals(scanned.body(), 200, scanned.status());
        assertEquals("%PDF-1.4 勘测定界图", scanned.body());
        String due = Http.get("/api/v1/calendar/add?date=2026-06-01&days=10", "clerk", "clerk-demo").body();
        assertEquals("promised 10 working days later", Http.field(due, "due"), Http.field(supplemented.body(), "promisedDate"));

        assertEquals(403, move(number, "RECEIVED", "reviewer").status());
        assertEquals(409, move(number, "DISPATCHED", "clerk").status());
        assertEquals(200, move(number, "RECEIVED", "clerk").status());
        Http.Reply dispatched = move(number, "DISPATCHED", "clerk");
        assertEquals(dispatched.body(), "DISPATCHED", Http.field(dispatched.body(), "status"));
        assertTrue(dispatched.body(), dispatched.body().contains(LAND) && dispatched.body().contains(HOUSING));

        assertTrue("in the housing bureau's queue",
                Http.get("/api/v1/reviews?department=" + HOUSING, "reviewer", "reviewer-demo").body().contains(number));
        Http.Reply first = review(number, LAND, "APPROVE", "符合土地利用总体规划");
        assertEquals(first.body(), 200, first.status());
        assertEquals("one of two approvals: still under review", "UNDER_REVIEW", Http.field(first.body(), "status"));
        assertEquals(409, review(number, LAND, "APPROVE", "again").status());

        // Expert review stops the clock; nothing is decided while it runs; an extension adds working days.
        Http.Reply suspended = Http.post("/api/v1/cases/" + number + "/suspensions", "reviewer", "reviewer-demo",
                "{\"procedure\":\"EXPERT_REVIEW\",\"reason\":\"选址论证专家评审\"}");
        assertEquals(suspended.body(), 200, suspended.status());
        assertTrue(suspended.body(), suspended.body().contains("\"suspendedSince\":\"2026-06-01\""));
        assertEquals(409, review(number, HOUSING, "APPROVE", "ok").status());
        assertEquals(200, Http.post("/api/v1/cases/" + number + "/resumption", "reviewer", "reviewer-demo", "").status());
        Http.Reply extended = Http.post("/api/v1/cases/" + number + "/extensions", "reviewer", "reviewer-demo",
                "{\"days\":3,\"reason\":\"需补充征求意见\"}");
        assertEquals(extended.body(), 200, extended.status());
        String later = Http.get("/api/v1/calendar/add?date=2026-06-01&days=13", "clerk", "clerk-demo").body();
        assertEquals("the promised date moved by the extension", Http.field(later, "due"), Http.field(extended.body(), "promisedDate"));
        assertEquals(422, Http.post("/api/v1/cases/" + number + "/extensions", "reviewer", "reviewer-demo",
                "{\"days\":30,\"reason\":\"too long\"}").status());

        Http.Reply decided = review(number, HOUSING, "APPROVE", "同意");
        assertEquals(decided.body(), "DECIDED", Http.field(decided.body(), "status"));
        assertEquals("APPROVED", Http.field(decided.body(), "outcome"));
        assertEquals("no result yet: nothing to hand out", 409, deliver(number, "{\"method\":\"WINDOW\",\"recipient\":\"李四\"}").status());
        Http.Reply result = Http.post("/api/v1/cases/" + number + "/result", "reviewer", "reviewer-demo",
                "{\"documentNumber\":\"用字第370783202600012号\",\"eCertificateRef\":\"ecert:370783-2026-12\"}");
        assertEquals(result.body(), 200, result.status());
        assertTrue(result.body(), result.body().contains("\"documentName\":\"建设项目用地预审与选址意见书\""));
        assertEquals("mail needs its carrier and tracking number", 400,
                deliver(number, "{\"method\":\"MAIL\",\"recipient\":\"李四\"}").status());
        Http.Reply delivered = deliver(number, "{\"method\":\"MAIL\",\"recipient\":\"李四\",\"address\":\"寿光市文家街道1号\","
                + "\"carrier\":\"EMS\",\"trackingNumber\":\"1234567890123\"}");
        assertEquals(delivered.body(), "DELIVERED", Http.field(delivered.body(), "status"));
        assertEquals(409, move(number, "RECEIVED", "clerk").status());

        String timeline = Http.get("/api/v1/cases/" + number + "/timeline", "supervisor", "supervisor-demo").body();
        for (String action : new String[] {"case.submitted", "case.deficient", "case.supplemented", "case.accepted", "case.received",
            "case.dispatched", "case.under_review", "case.review.approve", "case.suspended", "case.resumed", "case.extended",
            "case.decided", "case.completed", "case.delivered"}) {
            assertTrue(action + " in " + timeline, timeline.contains("\"action\":\"" + action + "\""));
        }
        assertTrue(Http.get("/api/v1/audit/verify", "ops", "ops-demo").body().contains("\"intact\":true"));

        // The receipt's query code, not an ID number others can find, opens the progress query.
        String code = Http.field(Http.get("/api/v1/cases/" + number, "clerk", "clerk-demo").body(), "queryCode");
        assertTrue(code, code != null && code.length() == 10);
        Http.Reply progress = Http.get("/api/v1/progress/" + number + "?code=" + code.toLowerCase());
        assertEquals(progress.body(), 200, progress.status());
        assertEquals("DELIVERED", Http.field(progress.body(), "status"));
        assertEquals(404, Http.get("/api/v1/progress/" + number + "?code=ABCDEFGHJK").status());
        assertEquals("the ID number no longer opens it", 404, Http.get("/api/v1/progress/" + number + "?idNumber=" + COMPANY).status());
        String published = Http.get("/api/v1/public/results?item=" + SITING).body();
        assertTrue(published, published.contains(number) && published.contains("用字第370783202600012号"));
    }

    @Test
    public void aReturnSendsAJointCaseBackToTheWindowAndAVetoRefusesIt() {
        Http.Reply r = Http.post("/api/v1/cases", "clerk", "clerk-demo",
                application(JOINT, "ORGANISATION", COMPANY, file("M01") + "," + file("M02"), false));
        assertEquals(r.body(), "ACCEPTED", Http.field(r.body(), "status"));
        assertTrue("M03 tolerated: " + r.body(), r.body().contains("\"toleratedMaterials\":[\"M03"));
        String number = Http.field(r.body(), "caseNumber");
        move(number, "RECEIVED", "clerk");
        assertEquals("DISPATCHED", Http.field(move(number, "DISPATCHED", "clerk").body(), "status"));
        assertEquals(400, review(number, LAND, "REJECT", "").status());
        review(number, DEVELOPMENT, "APPROVE", "同意立项");
        Http.Reply returned = review(number, LAND, "RETURN", "请核实用地范围");
        assertEquals(returned.body(), "RECEIVED", Http.field(returned.body(), "status"));
        assertTrue(returned.body(), returned.body().contains("CANCELLED"));
        assertTrue(Http.get("/api/v1/cases/" + number + "/timeline", "clerk", "clerk-demo").body().contains("case.returned"));
        Http.Reply again = move(number, "DISPATCHED", "clerk");
        assertTrue("round 2 opened: " + again.body(), again.body().contains("\"round\":2"));
        // 容缺后补: the tolerated material comes in later.
        Http.Reply later = Http.post("/api/v1/cases/" + number + "/supplement", "clerk", "clerk-demo", "{\"materials\":[" + file("M03") + "]}");
        assertEquals(later.body(), 200, later.status());
        assertTrue(later.body(), later.body().contains("\"toleratedMaterials\":[]"));
        // A veto is the decision not to grant (不予许可), with its reasons and legal basis.
        Http.Reply vetoed = Http.post("/api/v1/cases/" + number + "/reviews", "reviewer", "reviewer-demo", "{\"department\":\"" + LAND
                + "\",\"decision\":\"REJECT\",\"opinion\":\"占用永久基本农田\",\"legalBasis\":\"《中华人民共和国土地管理法》第三十五条\"}");
        assertEquals(vetoed.body(), "DECIDED", Http.field(vetoed.body(), "status"));
        assertEquals("REJECTED", Http.field(vetoed.body(), "outcome"));
        assertTrue(vetoed.body(), vetoed.body().contains("\"legalBasis\":\"《中华人民共和国土地管理法》第三十五条\""));
    }

    @Test
    public void anInstantItemIsDecidedAtOnceByTheRuleThatHolds() throws Exception {
        Http.Reply r = Http.post("/api/v1/cases", "agent", "agent-demo",
                application(RESIDENCE, "PERSON", PERSON, file("M01") + "," + file("M02"), false).replace("\"address\":\"文家街道\"",
                        "\"residenceMonths\":18"));
        assertEquals(r.body(), 201, r.status());
        assertEquals("DECIDED", Http.field(r.body(), "status"));
        assertEquals("APPROVED", Http.field(r.body(), "outcome"));
        assertTrue(r.body(), r.body().contains("\"decisionRule\":\"R1 "));
        String number = Http.field(r.body(), "caseNumber");
        String timeline = Http.get("/api/v1/cases/" + number + "/timeline", "clerk", "clerk-demo").body();
        assertTrue(timeline, timeline.contains("decided at once by rule R1"));

        Http.Reply rejected = Http.post("/api/v1/cases", "agent", "agent-demo",
                application(RESIDENCE, "PERSON", PERSON, file("M01") + "," + file("M02"), false).replace("\"address\":\"文家街道\"",
                        "\"residenceMonths\":6"));
        assertEquals("REJECTED", Http.field(rejected.body(), "outcome"));
        assertTrue(rejected.body(), rejected.body().contains("\"decisionRule\":\"R2 "));

        Http.Reply held = Http.post("/api/v1/cases", "agent", "agent-demo",
                application(RESIDENCE, "PERSON", PERSON, file("M01") + "," + file("M02"), false));
        assertEquals("no rule decides without the field: a person looks", "ACCEPTED", Http.field(held.body(), "status"));

        assertTrue(Http.get("/api/v1/cases?status=DECIDED", "reviewer", "reviewer-demo").body().contains(number));
        assertTrue(shell("tongban:case-list --status DECIDED").contains(number));
        String shown = shell("tongban:case-show " + number);
        assertTrue(shown, shown.contains("case.decided") && shown.contains("110105********002X") && shown.contains("by rule R1"));
    }

    @Test
    public void aListedDefaulterIsFlaggedForReviewersNotBlocked() {
        String entry = "{\"name\":\"赵某\",\"reference\":\"(2025)鲁0783执1234号\",\"listedOn\":\"2025-03-01\",\"source\":\"court\"}";
        assertEquals(403, Http.put("/api/v1/credit/defaulters/" + DEFAULTER, "clerk", "clerk-demo", entry).status());
        Http.Reply listed = Http.put("/api/v1/credit/defaulters/" + DEFAULTER, "supervisor", "supervisor-demo", entry);
        assertEquals(listed.body(), 200, listed.status());
        assertEquals(400, Http.put("/api/v1/credit/defaulters/123", "supervisor", "supervisor-demo", entry).status());
        Http.Reply future = Http.put("/api/v1/credit/defaulters/" + DEFAULTER, "supervisor", "supervisor-demo",
                entry.replace("2025-03-01", "2026-07-01"));
        assertEquals(future.body(), 400, future.status());
        assertTrue(future.body(), future.body().contains("listedOn 2026-07-01 is after today"));

        Http.Reply r = Http.post("/api/v1/cases", "clerk", "clerk-demo",
                application(RESIDENCE, "PERSON", DEFAULTER, file("M01") + "," + file("M02"), false).replace("\"address\":\"文家街道\"",
                        "\"residenceMonths\":18"));
        assertEquals(r.body(), 201, r.status());
        assertEquals("taken in, but not decided by rule", "ACCEPTED", Http.field(r.body(), "status"));
        assertTrue(r.body(), r.body().contains("(2025)鲁0783执1234号"));
        String number = Http.field(r.body(), "caseNumber");
        assertTrue(Http.get("/api/v1/cases/" + number, "reviewer", "reviewer-demo").body().contains("失信被执行人"));
        String code = Http.field(r.body(), "queryCode");
        Http.Reply own = Http.get("/api/v1/progress/" + number + "?code=" + code);
        assertTrue("the applicant's own query does not show it: " + own.body(), own.status() == 200 && !own.body().contains("失信"));
    }

    @Test
    public void preReviewCreatesNothingAndARefusalStatesItsReason() {
        int before = Http.get("/api/v1/cases?limit=1000", "clerk", "clerk-demo").body().split("\"caseNumber\"").length;
        Http.Reply pre = Http.post("/api/v1/cases/pre-review", "applicant", "applicant-demo",
                application(SITING, "ORGANISATION", COMPANY, file("M01"), false));
        assertEquals(pre.body(), 200, pre.status());
        assertEquals("DEFICIENT", Http.field(pre.body(), "outcome"));
        assertTrue(pre.body(), pre.body().contains("M02 ") && pre.body().contains("M03 "));
        assertEquals(before, Http.get("/api/v1/cases?limit=1000", "clerk", "clerk-demo").body().split("\"caseNumber\"").length);

        Http.Reply refused = Http.post("/api/v1/cases", "clerk", "clerk-demo",
                application(SITING, "PERSON", PERSON, file("M01"), false));
        assertEquals(refused.body(), "REFUSED", Http.field(refused.body(), "status"));
        assertTrue("the applicant reads the reason in Chinese: " + refused.body(), refused.body().contains("不受理自然人的申请"));

        Http.Reply deficient = Http.post("/api/v1/cases", "clerk", "clerk-demo", application(SITING, "ORGANISATION", COMPANY, "", false));
        String number = Http.field(deficient.body(), "caseNumber");
        assertEquals(400, Http.post("/api/v1/cases/" + number + "/refusal", "clerk", "clerk-demo", "{}").status());
        Http.Reply closed = Http.post("/api/v1/cases/" + number + "/refusal", "clerk", "clerk-demo", "{\"reason\":\"逾期未补正\"}");
        assertEquals(closed.body(), "REFUSED", Http.field(closed.body(), "status"));
        assertEquals(409, Http.post("/api/v1/cases/" + number + "/supplement", "clerk", "clerk-demo",
                "{\"materials\":[" + file("M01") + "]}").status());
    }

    @Test
    public void badApplicationsAreProblemsListingEveryFault() {
        Http.Reply r = Http.post("/api/v1/cases", "clerk", "clerk-demo",
                application(FOOD, "PERSON", "110105194912310021", file("M01"), false).replace("13800138000", "123"));
        assertEquals(400, r.status());
        assertTrue(r.body(), r.body().contains("applicant.idNumber") && r.body().contains("applicant.mobile"));
        assertEquals(422, Http.post("/api/v1/cases", "clerk", "clerk-demo",
                application("NO-SUCH-ITEM", "PERSON", PERSON, "", false)).status());
        assertEquals(400, Http.post("/api/v1/cases", "clerk", "clerk-demo", "{\"itemCode\": ").status());
        assertEquals(403, Http.post("/api/v1/cases", "supervisor", "supervisor-demo", application(FOOD, "PERSON", PERSON, "", false)).status());

        Http.Reply noCode = Http.post("/api/v1/cases/pre-review", "clerk", "clerk-demo",
                application(FOOD, "PERSON", PERSON, "{\"fileRef\":\"scan-1.pdf\"}", false));
        assertEquals(noCode.body(), 400, noCode.status());
        assertTrue(noCode.body(), noCode.body().contains("materials[0].code is required"));
        Http.Reply nullMaterial = Http.post("/api/v1/cases", "clerk", "clerk-demo", application(FOOD, "PERSON", PERSON, "null", false));
        assertEquals(nullMaterial.body(), 400, nullMaterial.status());
        assertTrue("where, and no Java names: " + nullMaterial.body(),
                nullMaterial.body().contains("null where one is needed") && !nullMaterial.body().contains("org.tongban")
                        && !nullMaterial.body().contains("java."));
        String deficient = Http.field(Http.post("/api/v1/cases", "clerk", "clerk-demo", application(FOOD, "PERSON", PERSON, file("M01"), false))
                .body(), "caseNumber");
        Http.Reply emptySupplement = Http.post("/api/v1/cases/" + deficient + "/supplement", "clerk", "clerk-demo", "{\"materials\":[null]}");
        assertEquals(emptySupplement.body(), 400, emptySupplement.status());
        assertTrue(emptySupplement.body(), emptySupplement.body().contains("materials[0] is empty"));
        Http.Reply offList = Http.post("/api/v1/cases/" + deficient + "/supplement", "clerk", "clerk-demo", "{\"materials\":[" + file("M99") + "]}");
        assertEquals(offList.body(), 400, offList.status());
        assertTrue(offList.body(), offList.body().contains("material M99 is not on the item's checklist"));
    }
}
