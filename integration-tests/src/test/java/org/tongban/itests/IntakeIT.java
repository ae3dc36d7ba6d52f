package org.tongban.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final String RESIDENCE = "11370783000087109A4200000000021"; // 居住证签注: instant
    private static final String COMPANY = "91350100M000100Y43";
    private static final String PERSON = "11010519491231002X";

    @Configuration
    public Option[] config() {
        return new Option[] {distribution("township", "370783003", "tongban-township"),
            editConfigurationFilePut("etc/org.tongban.node.cfg", "demo", "true")};
    }

    @Before
    public void ready() {
        awaitServing("/api/v1/catalog/items/" + FOOD);
    }

    private static String application(String item, String type, String id, String materials, boolean commitment) {
        return "{\"itemCode\":\"" + item + "\",\"applicant\":{\"type\":\"" + type + "\",\"name\":\"寿光市某某食品有限公司\","
                + "\"idNumber\":\"" + id + "\",\"mobile\":\"13800138000\"},\"form\":{\"address\":\"文家街道\"},"
                + "\"materials\":[" + materials + "],\"channel\":\"WINDOW\",\"commitmentSigned\":" + commitment + "}";
    }

    private static String file(String code) {
        return "{\"code\":\"" + code + "\",\"fileRef\":\"scan-" + code + ".pdf\",\"eCertificateRef\":null}";
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static Http.Reply move(String number, String to, String user) {
        return Http.post("/api/v1/cases/" + number + "/transitions", user, user + "-demo", "{\"to\":\"" + to + "\",\"opinion\":\"ok\"}");
    }

    @Test
    public void deficientSupplementedAcceptedAndCarriedThroughToDelivery() {
        Http.Reply submitted = Http.post("/api/v1/cases", "clerk", "clerk-demo",
                application(FOOD, "ORGANISATION", COMPANY, file("M01"), false));
        assertEquals(submitted.body(), 201, submitted.status());
        assertEquals("DEFICIENT", field(submitted.body(), "status"));
        assertTrue("one notice names everything missing: " + submitted.body(),
                submitted.body().contains("M02 营业执照") && submitted.body().contains("M03 "));
        String number = field(submitted.body(), "caseNumber");
        assertTrue(number, number.startsWith(FOOD) && number.length() == FOOD.length() + 12);
        assertTrue(submitted.body(), submitted.body().contains("\"applicantIdMasked\":\"913501********0Y43\""));

        Http.Reply supplemented = Http.post("/api/v1/cases/" + number + "/supplement", "clerk", "clerk-demo",
                "{\"materials\":[{\"code\":\"M02\",\"fileRef\":null,\"eCertificateRef\":\"ecert:营业执照\"}," + file("M03") + "]}");
        assertEquals(supplemented.body(), 200, supplemented.status());
        assertEquals("ACCEPTED", field(supplemented.body(), "status"));
        assertTrue("M04 tolerated: " + supplemented.body(), supplemented.body().contains("\"toleratedMaterials\":[\"M04"));
        String accepted = field(supplemented.body(), "acceptedOn");
        String due = Http.get("/api/v1/calendar/add?date=" + accepted + "&days=5", "clerk", "clerk-demo").body();
        assertEquals("promised 5 working days later", field(due, "due"), field(supplemented.body(), "promisedDate"));

        assertEquals(403, move(number, "RECEIVED", "reviewer").status());
        for (String[] step : new String[][] {{"RECEIVED", "clerk"}, {"DISPATCHED", "clerk"}, {"UNDER_REVIEW", "reviewer"},
            {"DECIDED", "reviewer"}, {"DELIVERED", "clerk"}}) {
            Http.Reply r = move(number, step[0], step[1]);
            assertEquals(step[0] + ": " + r.body(), 200, r.status());
            assertEquals(step[0], field(r.body(), "status"));
        }
        Http.Reply illegal = move(number, "RECEIVED", "clerk");
        assertEquals(409, illegal.status());
        assertTrue(illegal.contentType().startsWith("application/problem+json"));

        String timeline = Http.get("/api/v1/cases/" + number + "/timeline", "supervisor", "supervisor-demo").body();
        for (String action : new String[] {"case.submitted", "case.deficient", "case.supplemented", "case.accepted", "case.received",
            "case.dispatched", "case.under_review", "case.decided", "case.delivered"}) {
            assertTrue(action + " in " + timeline, timeline.contains("\"action\":\"" + action + "\""));
        }
        assertTrue(Http.get("/api/v1/audit/verify", "ops", "ops-demo").body().contains("\"intact\":true"));

        Http.Reply progress = Http.get("/api/v1/progress/" + number + "?idNumber=" + COMPANY);
        assertEquals(200, progress.status());
        assertEquals("DELIVERED", field(progress.body(), "status"));
        assertEquals(404, Http.get("/api/v1/progress/" + number + "?idNumber=" + PERSON).status());
    }

    @Test
    public void anInstantItemIsDecidedAtOnceByRule() {
        Http.Reply r = Http.post("/api/v1/cases", "agent", "agent-demo",
                application(RESIDENCE, "PERSON", PERSON, file("M01") + "," + file("M02"), false));
        assertEquals(r.body(), 201, r.status());
        assertEquals("DECIDED", field(r.body(), "status"));
        String timeline = Http.get("/api/v1/cases/" + field(r.body(), "caseNumber") + "/timeline", "clerk", "clerk-demo").body();
        assertTrue(timeline, timeline.contains("decided at once by rule"));
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
    }
}
