package org.tongban.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * 好差评 on a township, over HTTP: a decided case is invited, evaluated badly at the hall tablet; its rectification
 * task is due on the right working day across the National Day holidays, escalates to supervision as a yellow then
 * red card when left open, and closing it (verified, answered, called back) closes the cards and shows in the
 * statistics. A second case nobody evaluates gets the default rating, and "evaluate before collecting" holds its
 * result back until then.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EvaluationIT extends TongbanTestSupport {

    private static final String FOOD = "11370783000007919T4010000000003"; // 5 working days, 行政审批服务局
    private static final String BUREAU = "11370783000007919T";

    @Inject
    private ConfigurationAdmin configAdmin;

    @Configuration
    public Option[] config() {
        return new Option[] {distribution("township", "370783003", "tongban-township"),
            editConfigurationFilePut("etc/org.tongban.node.cfg", "demo", "true"),
            editConfigurationFilePut("etc/org.tongban.clock.cfg", "offset", offsetTo("2026-09-29T09:00:00+08:00")),
            editConfigurationFilePut("etc/org.tongban.supervision.cfg", "scanIntervalMinutes", "0"),
            editConfigurationFilePut("etc/org.tongban.evaluation.cfg", "sweepIntervalMinutes", "0"),
            editConfigurationFilePut("etc/org.tongban.evaluation.cfg", "evaluateBeforeCollection", "true"),
            editConfigurationFilePut("etc/org.tongban.intake.cfg", "demoCases", "false"),
            // A second supervisor: an appeal is decided by someone other than who filed it.
            user("inspector", "supervisor"), user("tablet", "tablet,window:W01"),
            user("reviewer-land", "reviewer,department:113707830000237570"), user("clerk-w03", "clerk,window:W03"),
            user("clerk-w05", "clerk,window:W05"), user("clerk-w07", "clerk,window:W07"), user("clerk-w09", "clerk,window:W09")};
    }

    private static String offsetTo(String at) {
        return Duration.between(Instant.now(), OffsetDateTime.parse(at).toInstant()).toString();
    }

    @Before
    public void ready() {
        awaitServing("/api/v1/catalog/items/" + FOOD);
        awaitPublished("/api/v1/cases", "/api/v1/reviews?department=" + BUREAU, "/api/v1/evaluations/rectifications",
                "/api/v1/supervision/cards");
    }

    private void configure(String pid, String key, Object value) throws Exception {
        org.osgi.service.cm.Configuration c = configAdmin.getConfiguration(pid, null);
        Dictionary<String, Object> props = c.getProperties() == null ? new Hashtable<>() : c.getProperties();
        props.put(key, value);
        c.update(props);
    }

    /** Moves the node's clock to 09:00 on that day and waits until a sweep judges by it. */
    private void today(String date) throws Exception {
        configure("org.tongban.clock", "offset", offsetTo(date + "T09:00:00+08:00"));
        await("clock at " + date).atMost(Duration.ofSeconds(20)).until(() -> date.equals(Http.field(sweep(), "day")));
    }

    private static String sweep() {
        return Http.post("/api/v1/evaluations/sweep", "supervisor", "supervisor-demo", "").body();
    }

    /** The clerk of a window (the demo clerk's is W01): a clerk takes cases in at their own window. */
    private static String clerkOf(String window) {
        return window.equals("W01") ? "clerk" : "clerk-" + window.toLowerCase();
    }

    private static String decidedCase(String window) {
        String materials = "[" + String.join(",", Stream.of("M01", "M02", "M03", "M04")
                .map(c -> "{\"code\":\"" + c + "\",\"fileRef\":\"scan-" + c + ".pdf\",\"eCertificateRef\":null}").toList()) + "]";
        Http.Reply r = Http.post("/api/v1/cases", clerkOf(window), clerkOf(window) + "-demo", "{\"itemCode\":\"" + FOOD
                + "\",\"applicant\":{\"type\":\"ORGANISATION\",\"name\":\"寿光市某某食品有限公司\",\"idNumber\":\"91350100M000100Y43\",\"mobile\":\"13800138000\"},"
                + "\"form\":{},\"materials\":" + materials + ",\"channel\":\"WINDOW\",\"commitmentSigned\":false,\"window\":\"" + window + "\"}");
        assertEquals(r.body(), "ACCEPTED", Http.field(r.body(), "status"));
        String number = Http.field(r.body(), "caseNumber");
        for (String to : new String[] {"RECEIVED", "DISPATCHED"}) {
            Http.post("/api/v1/cases/" + number + "/transitions", "clerk", "clerk-demo", "{\"to\":\"" + to + "\"}");
        }
        Http.Reply decided = Http.post("/api/v1/cases/" + number + "/reviews", "reviewer", "reviewer-demo",
                "{\"department\":\"" + BUREAU + "\",\"decision\":\"APPROVE\",\"opinion\":\"准予许可\"}");
        assertEquals(decided.body(), "DECIDED", Http.field(decided.body(), "status"));
        return number;
    }

    /** The JSON object of one group's line in statistics. */
    private static String line(String statistics, String key) {
        Matcher m = Pattern.compile("\\{\"key\":\"" + key + "\"[^}]*}").matcher(statistics);
        return m.find() ? m.group() : "no line " + key + " in " + statistics;
    }

    private static String cards(String query) {
        return Http.get("/api/v1/supervision/cards?" + query, "supervisor", "supervisor-demo").body();
    }

    @Test
    public void aBadReviewIsRectifiedOnTheRightWorkingDayAndCounts() throws Exception {
        String bad = decidedCase("W03");
        String quiet = decidedCase("W05");

        String receipt = Http.field(Http.get("/api/v1/cases/" + bad, "clerk", "clerk-demo").body(), "queryCode");
        assertEquals("an open case is not evaluated yet", 404,
                Http.get("/api/v1/evaluations/invitations?caseNumber=" + bad + "&code=" + receipt).status());
        String swept = sweep();
        assertTrue(swept, Integer.parseInt(Http.field(swept, "invited")) >= 2);
        assertEquals("a wrong code", 404, Http.get("/api/v1/evaluations/invitations?caseNumber=" + bad + "&code=ABCDEFGHJK").status());
        Http.Reply mine = Http.get("/api/v1/evaluations/invitations?caseNumber=" + bad + "&code=" + receipt);
        assertEquals(mine.body(), 200, mine.status());
        String code = Http.field(mine.body(), "code");
        Http.Reply window = Http.post("/api/v1/evaluations/invitations", "clerk", "clerk-demo", "{\"caseNumber\":\"" + bad + "\"}");
        assertTrue("the window's staff get the invitation without its code: " + window.body(),
                window.body().contains("\"code\":null") && window.body().contains(bad));
        assertEquals("the hall tablet gets the same invitation, with its code", code, Http.field(Http.post(
                "/api/v1/evaluations/invitations", "tablet", "tablet-demo", "{\"caseNumber\":\"" + bad + "\"}").body(), "code"));
        assertEquals("staff cannot evaluate in the applicant's stead", 403, Http.post("/api/v1/evaluations/invitations/" + code
                + "/evaluation", "clerk", "clerk-demo", "{\"level\":\"VERY_SATISFIED\",\"channel\":\"HALL_TABLET\"}").status());
        assertEquals("7 calendar days", "2026-10-06", Http.field(mine.body(), "expiresOn"));

        // The applicant at the hall tablet, without an account.
        assertEquals("a score out of range is refused", 400, Http.post("/api/v1/evaluations/invitations/" + code + "/evaluation",
                "{\"level\":\"DISSATISFIED\",\"channel\":\"HALL_TABLET\",\"scores\":{\"attitude\":9}}").status());
        Http.Reply e = Http.post("/api/v1/evaluations/invitations/" + code + "/evaluation",
                "{\"level\":\"VERY_DISSATISFIED\",\"channel\":\"HALL_TABLET\",\"scores\":{\"overall\":1,\"attitude\":1},"
                + "\"comment\":\"窗口人员态度生硬\",\"anonymous\":false}");
        assertEquals(e.body(), 201, e.status());
        assertEquals("W03", Http.field(e.body(), "window"));
        assertFalse("the public answer names no staff account: " + e.body(), e.body().contains("clerk-w03"));
        assertEquals("clerk-w03", Http.field(Http.get("/api/v1/evaluations/" + Http.field(e.body(), "id"), "supervisor",
                "supervisor-demo").body(), "clerk"));
        assertEquals("one evaluation per case", 409, Http.post("/api/v1/evaluations/invitations/" + code + "/evaluation",
                "{\"level\":\"SATISFIED\",\"channel\":\"PC\"}").status());

        String tasks = Http.get("/api/v1/evaluations/rectifications?status=OPEN", "reviewer", "reviewer-demo").body();
        Matcher ownTask = Pattern.compile("\\{\"id\":(\\d+),\"evaluationId\":\\d+,\"caseNumber\":\"" + bad + "\"[^}]*}").matcher(tasks);
        assertTrue(tasks, ownTask.find());
        // Tue 09-29 + 5 working days: 09-30, (10-01…10-07 off) 10-08, 10-09, Sat 10-10 (a working day), Mon 10-12.
        assertEquals("due across National Day", "2026-10-12", Http.field(ownTask.group(), "dueDate"));
        String task = ownTask.group(1);

        // Left open past its due date, it escalates like an overdue case; the quiet case gets the default rating.
        today("2026-10-13");
        String yellow = cards("colour=YELLOW&department=" + BUREAU);
        assertTrue(yellow, yellow.contains("rectification:" + task) && yellow.contains("\"scope\":\"TASK\""));
        today("2026-10-14");
        assertTrue(cards("colour=RED").contains("rectification:" + task));
        assertEquals("a second sweep issues nothing", "0", Http.field(sweep(), "cardsIssued"));
        String defaulted = Http.get("/api/v1/evaluations?caseNumber=" + quiet, "supervisor", "supervisor-demo").body();
        assertTrue(defaulted, defaulted.contains("\"level\":\"BASIC\"") && defaulted.contains("\"channel\":\"SYSTEM_DEFAULT\""));

        String steps = "/api/v1/evaluations/rectifications/" + task;
        // Another department's reviewer neither reads nor answers the task, nor sees its card.
        assertEquals(404, Http.get(steps, "reviewer-land", "reviewer-land-demo").status());
        assertEquals(404, Http.post(steps + "/steps", "reviewer-land", "reviewer-land-demo",
                "{\"step\":\"VERIFY\",\"text\":\"x\"}").status());
        assertFalse(Http.get("/api/v1/evaluations/rectifications?status=OPEN", "reviewer-land", "reviewer-land-demo").body()
                .contains("\"id\":" + task + ","));
        assertEquals(403, Http.get("/api/v1/supervision/cards?department=" + BUREAU, "reviewer-land", "reviewer-land-demo").status());
        assertFalse(Http.get("/api/v1/supervision/cards", "reviewer-land", "reviewer-land-demo").body().contains("rectification:" + task));
        assertEquals("answered before verified", 409, Http.post(steps + "/steps", "reviewer", "reviewer-demo",
                "{\"step\":\"ANSWER\",\"text\":\"已整改\"}").status());
        assertEquals(200, Http.post(steps + "/steps", "reviewer", "reviewer-demo",
                "{\"step\":\"VERIFY\",\"text\":\"经调取录像核实，W03窗口人员答复不耐心\"}").status());
        assertEquals(200, Http.post(steps + "/steps", "reviewer", "reviewer-demo",
                "{\"step\":\"RECTIFY\",\"text\":\"对窗口人员批评教育并组织服务规范培训\"}").status());
        assertEquals(200, Http.post(steps + "/steps", "reviewer", "reviewer-demo",
                "{\"step\":\"ANSWER\",\"text\":\"已电话向申请人致歉并说明整改措施\"}").status());
        Http.Reply early = Http.post(steps + "/close", "reviewer", "reviewer-demo", "");
        assertEquals("a named review is called back before closing", 409, early.status());
        assertTrue(early.body(), early.body().contains("回访"));
        assertEquals(200, Http.post(steps + "/steps", "reviewer", "reviewer-demo",
                "{\"step\":\"CALL_BACK\",\"text\":\"10月14日回访申请人，对整改结果表示认可\"}").status());
        Http.Reply closed = Http.post(steps + "/close", "reviewer", "reviewer-demo", "");
        assertEquals(closed.body(), "CLOSED", Http.field(closed.body(), "status"));
        assertFalse("closing closed its cards", cards("open=true").contains("rectification:" + task));
        assertEquals(200, Http.post("/api/v1/evaluations/invitations/" + code + "/rectification-rating",
                "{\"rating\":\"SATISFIED\"}").status());

        String stats = Http.get("/api/v1/evaluations/statistics?by=window&from=2026-09-01&to=2026-10-31", "supervisor",
                "supervisor-demo").body();
        String w03 = line(stats, "W03");
        assertTrue(w03, w03.contains("\"total\":1,") && w03.contains("\"satisfactionRate\":0.0") && w03.contains("\"bad\":1,")
                && w03.contains("\"rectified\":1,") && w03.contains("\"rectificationRate\":100.0"));
        assertTrue("the default rating counts as satisfied", line(stats, "W05").contains("\"satisfactionRate\":100.0"));
        String ranking = Http.get("/api/v1/evaluations/ranking?from=2026-09-01&to=2026-10-31", "supervisor", "supervisor-demo").body();
        assertTrue(ranking, ranking.indexOf("\"key\":\"W05\"") < ranking.indexOf("\"key\":\"W03\"")
                && line(ranking, "W03").contains("\"bottom\":true") && line(ranking, "W05").contains("\"bottom\":false"));
        Http.Reply csv = Http.get("/api/v1/evaluations/statistics?by=department&from=2026-09-01&to=2026-10-31&format=csv",
                "supervisor", "supervisor-demo");
        assertTrue(csv.body(), csv.contentType().startsWith("text/csv") && csv.body().contains("寿光市行政审批服务局"));
        Http.Reply xlsx = Http.get("/api/v1/evaluations/ranking?from=2026-09-01&to=2026-10-31&format=xlsx", "supervisor", "supervisor-demo");
        assertEquals("a format not made is refused, not answered as JSON: " + xlsx.body(), 400, xlsx.status());
        assertTrue(shell("tongban:evaluation-stats --by WINDOW --from 2026-09-01 --to 2026-10-31").contains("W03"));
        assertEquals("statistics are for supervisors", 403, Http.get("/api/v1/evaluations/statistics", "clerk", "clerk-demo").status());

        String timeline = Http.get("/api/v1/cases/" + bad + "/timeline", "supervisor", "supervisor-demo").body();
        for (String action : new String[] {"evaluation.invited", "evaluation.recorded", "evaluation.rectification.opened",
            "evaluation.rectification.verify", "evaluation.rectification.call-back", "evaluation.rectification.closed"}) {
            assertTrue(action + " in " + timeline, timeline.contains("\"action\":\"" + action + "\""));
        }
        assertTrue(Http.get("/api/v1/audit/verify", "ops", "ops-demo").body().contains("\"intact\":true"));
    }

    /** This node hands results out only after the evaluation (evaluateBeforeCollection = true in the configuration). */
    @Test
    public void anAnonymousReviewHidesItsCaseFromTheStaffItRates() throws Exception {
        String number = decidedCase("W09");
        String code = Http.field(Http.post("/api/v1/evaluations/invitations", "tablet", "tablet-demo", "{\"caseNumber\":\"" + number
                + "\"}").body(), "code");
        Http.Reply e = Http.post("/api/v1/evaluations/invitations/" + code + "/evaluation",
                "{\"level\":\"SATISFIED\",\"channel\":\"HALL_TABLET\",\"anonymous\":true}");
        assertEquals(e.body(), 201, e.status());
        String id = Http.field(e.body(), "id");
        assertEquals("[]", Http.get("/api/v1/evaluations?caseNumber=" + number, "clerk-w09", "clerk-w09-demo").body());
        String clerkView = Http.get("/api/v1/evaluations/" + id, "clerk-w09", "clerk-w09-demo").body();
        assertTrue(clerkView, clerkView.contains("\"caseNumber\":null") && !clerkView.contains(number));
        assertTrue(Http.get("/api/v1/evaluations/" + id, "supervisor", "supervisor-demo").body().contains(number));
    }

    @Test
    public void resultsWaitForTheEvaluationWhereTheNodeRequiresIt() throws Exception {
        String number = decidedCase("W01");
        assertEquals(200, Http.post("/api/v1/cases/" + number + "/result", "reviewer", "reviewer-demo",
                "{\"documentNumber\":\"JY23707830012345\"}").status());
        Http.Reply held = Http.post("/api/v1/cases/" + number + "/delivery", "clerk", "clerk-demo",
                "{\"method\":\"WINDOW\",\"recipient\":\"王五\"}");
        assertEquals(held.body(), 409, held.status());
        assertTrue(held.body(), held.body().contains("评价后取证"));
        String code = Http.field(Http.post("/api/v1/evaluations/invitations", "tablet", "tablet-demo", "{\"caseNumber\":\"" + number + "\"}")
                .body(), "code");
        assertEquals(201, Http.post("/api/v1/evaluations/invitations/" + code + "/evaluation",
                "{\"level\":\"VERY_SATISFIED\",\"channel\":\"HALL_TABLET\"}").status());
        Http.Reply delivered = Http.post("/api/v1/cases/" + number + "/delivery", "clerk", "clerk-demo",
                "{\"method\":\"WINDOW\",\"recipient\":\"王五\"}");
        assertEquals(delivered.body(), "DELIVERED", Http.field(delivered.body(), "status"));
    }

    @Test
    public void aFollowUpCountsInsteadAndAnUpheldAppealTakesAReviewOutWithoutDeletingIt() throws Exception {
        String number = decidedCase("W07");
        String code = Http.field(Http.post("/api/v1/evaluations/invitations", "tablet", "tablet-demo", "{\"caseNumber\":\"" + number + "\"}")
                .body(), "code");
        assertEquals("a follow-up comes after the evaluation", 409, Http.post("/api/v1/evaluations/invitations/" + code + "/follow-up",
                "{\"level\":\"SATISFIED\",\"channel\":\"MOBILE\"}").status());
        String first = Http.post("/api/v1/evaluations/invitations/" + code + "/evaluation",
                "{\"level\":\"DISSATISFIED\",\"channel\":\"MOBILE\",\"comment\":\"材料被反复退回\"}").body();
        String id = Http.field(first, "id");
        assertEquals(201, Http.post("/api/v1/evaluations/invitations/" + code + "/follow-up",
                "{\"level\":\"VERY_DISSATISFIED\",\"channel\":\"MOBILE\",\"comment\":\"追评：仍未解决\"}").status());
        assertEquals("one follow-up", 409, Http.post("/api/v1/evaluations/invitations/" + code + "/follow-up",
                "{\"level\":\"SATISFIED\",\"channel\":\"MOBILE\"}").status());
        String both = Http.get("/api/v1/evaluations?caseNumber=" + number, "supervisor", "supervisor-demo").body();
        assertTrue(both, both.contains("\"followUp\":true") && both.contains("\"superseded\":true"));

        String follow = Http.field(both, "id");
        assertEquals("appeals are against bad reviews, with a reason", 400,
                Http.post("/api/v1/evaluations/" + follow + "/appeals", "clerk-w07", "clerk-w07-demo", "{}").status());
        // Filed from several screens at once: one appeal is taken, the others hear that it exists.
        ExecutorService screens = Executors.newFixedThreadPool(6);
        List<Future<Http.Reply>> filed = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            filed.add(screens.submit(() -> Http.post("/api/v1/evaluations/" + follow + "/appeals", "supervisor", "supervisor-demo",
                    "{\"reason\":\"申请人为竞争对手员工，恶意差评，有录像为证\"}")));
        }
        List<Http.Reply> replies = new java.util.ArrayList<>();
        for (Future<Http.Reply> f : filed) {
            replies.add(f.get());
        }
        screens.shutdown();
        List<Http.Reply> taken = replies.stream().filter(r -> r.status() == 201).toList();
        assertEquals("one appeal of six filed at once: " + replies, 1, taken.size());
        assertTrue(replies.toString(), replies.stream().allMatch(r -> r.status() == 201 || r.status() == 409));
        Http.Reply appeal = taken.get(0);
        String appealId = Http.field(appeal.body(), "id");
        assertEquals("a second appeal waits for the first", 409, Http.post("/api/v1/evaluations/" + follow + "/appeals", "clerk-w07",
                "clerk-w07-demo", "{\"reason\":\"再次申诉\"}").status());
        assertEquals("a clerk of another window does not see the review", 404, Http.post("/api/v1/evaluations/" + follow + "/appeals",
                "clerk-w03", "clerk-w03-demo", "{\"reason\":\"再次申诉\"}").status());
        assertEquals("whoever filed it does not decide it", 409, Http.post("/api/v1/evaluations/appeals/" + appealId + "/decision",
                "supervisor", "supervisor-demo", "{\"uphold\":true,\"decision\":\"属实\"}").status());
        assertEquals("the review step is the supervisor's", 403, Http.post("/api/v1/evaluations/appeals/" + appealId + "/decision",
                "clerk", "clerk-demo", "{\"uphold\":true,\"decision\":\"属实\"}").status());
        assertTrue(shell("tongban:evaluation-list --case " + number).contains("appeal PENDING"));
        assertTrue(Http.get("/api/v1/evaluations/" + id, "supervisor", "supervisor-demo").body().contains("\"superseded\":true"));

        String today = Http.field(Http.post("/api/v1/evaluations/sweep", "supervisor", "supervisor-demo", "").body(), "day");
        String before = line(Http.get("/api/v1/evaluations/statistics?by=window&from=" + today + "&to=" + today, "supervisor",
                "supervisor-demo").body(), "W07");
        assertTrue("the follow-up counts: one case, a bad review: " + before, before.contains("\"total\":1,")
                && before.contains("\"satisfactionRate\":0.0"));
        Http.Reply upheld = Http.post("/api/v1/evaluations/appeals/" + appealId + "/decision", "inspector", "inspector-demo",
                "{\"uphold\":true,\"decision\":\"经核查录像，差评系恶意评价\"}");
        assertEquals(upheld.body(), "UPHELD", Http.field(upheld.body(), "status"));
        String after = Http.get("/api/v1/evaluations/statistics?by=window&from=" + today + "&to=" + today, "supervisor",
                "supervisor-demo").body();
        // The window keeps a line for its earlier bad review's rectification task, but no evaluation counts: no rate.
        String w07 = after.contains("\"key\":\"W07\"") ? line(after, "W07") : "";
        assertTrue("an upheld appeal takes the review out of the statistics: " + after,
                w07.isEmpty() || w07.contains("\"total\":0,") && w07.contains("\"satisfactionRate\":null"));
        assertTrue("but it stays on record", Http.get("/api/v1/evaluations/" + follow, "supervisor", "supervisor-demo").body()
                .contains("\"appeal\":\"UPHELD\""));
        String tasks = Http.get("/api/v1/evaluations/rectifications", "supervisor", "supervisor-demo").body();
        assertTrue("the follow-up's task is void: " + tasks, tasks.contains("\"status\":\"VOID\""));
    }
}
