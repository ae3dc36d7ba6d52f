package org.tongban.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.tongban.core.outbox.Outbox;

/**
 * December on a township before the State Council has published 2027: intake goes on over a provisional 2027, the
 * dates say so, and the official file, dropped into etc/tongban/calendar/, moves them once, audited and sent upstream.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CalendarContinuityIT extends TongbanTestSupport {

    private static final String WATER = "11370783000007919T4010000000008";   // 取水许可: 20 working days, M01 + M02
    private static final String COMPANY = "91350100M000100Y43";
    /** A 2027 unlike the statutory rules in January, so the recomputation visibly moves a January date. */
    private static final String OFFICIAL_2027 = "# test data: a Spring Festival in January\n"
            + "holiday 2027-01-01..2027-01-03\nholiday 2027-01-11..2027-01-17\n";

    @Configuration
    public Option[] config() {
        // Sun 2026-12-20, 09:00 in Shanghai: a 20-working-day item falls due in January 2027, which has no official file.
        Duration offset = Duration.between(Instant.now(), OffsetDateTime.parse("2026-12-20T09:00:00+08:00").toInstant());
        return new Option[] {distribution("township", "370783003", "tongban-township"),
            editConfigurationFilePut("etc/org.tongban.node.cfg", "demo", "true"),
            editConfigurationFilePut("etc/org.tongban.intake.cfg", "demoCases", "false"),
            editConfigurationFilePut("etc/org.tongban.evaluation.cfg", "rectificationDays", "15"),
            editConfigurationFilePut("etc/org.tongban.evaluation.cfg", "sweepIntervalMinutes", "0"),
            user("tablet", "tablet"),
            editConfigurationFilePut("etc/org.tongban.clock.cfg", "offset", offset.toString())};
    }

    @Before
    public void ready() {
        awaitServing("/api/v1/catalog/items/" + WATER);
        awaitPublished("/api/v1/cases", "/api/v1/calendar/years");
    }

    @Test
    public void intakeGoesOnOverAProvisionalYearAndTheOfficialFileMovesItsDatesOnce() throws Exception {
        Http.Reply health = Http.get("/api/v1/health");
        assertEquals("a provisional year is a warning, not DOWN: " + health.body(), 200, health.status());
        assertTrue(health.body(), health.body().contains("2027 is provisional") && health.body().contains("2027.cal"));

        Http.Reply accepted = Http.post("/api/v1/cases", "clerk", "clerk-demo", "{\"itemCode\":\"" + WATER + "\",\"applicant\":"
                + "{\"type\":\"ORGANISATION\",\"name\":\"寿光市某某水务有限公司\",\"idNumber\":\"" + COMPANY + "\",\"mobile\":\"13800138000\"},"
                + "\"form\":{},\"materials\":[{\"code\":\"M01\",\"fileRef\":\"scan-1.pdf\"},{\"code\":\"M02\",\"fileRef\":\"scan-2.pdf\"}],"
                + "\"channel\":\"WINDOW\",\"commitmentSigned\":false}");
        assertEquals(accepted.body(), 201, accepted.status());
        assertEquals(accepted.body(), "ACCEPTED", Http.field(accepted.body(), "status"));
        // Dec 21-31 is 9 working days, 01-01 off (元旦), Jan 4-8 and 11-15 ten more, Mon 01-18 the 20th.
        assertEquals("2027-01-18", Http.field(accepted.body(), "promisedDate"));
        assertEquals("true", Http.field(accepted.body(), "datesProvisional"));
        String number = Http.field(accepted.body(), "caseNumber");
        Http.Reply due = Http.get("/api/v1/calendar/add?date=2026-12-20&days=20", "clerk", "clerk-demo");
        assertTrue(due.body(), due.body().contains("\"due\":\"2027-01-18\"") && due.body().contains("\"provisional\":true"));

        // A bad review of another case opens a rectification due 15 working days on: Mon 2027-01-11, provisionally.
        String rectification = badlyReviewedCase();
        assertTrue(rectification, rectification.contains("\"dueDate\":\"2027-01-11\"") && rectification.contains("\"dueProvisional\":true"));

        // The dry run shows ops what the file would move, and loads nothing; a clerk may not run it.
        assertEquals(403, Http.upload("/api/v1/calendar/preview?year=2027", "clerk", "clerk-demo",
                OFFICIAL_2027.getBytes(StandardCharsets.UTF_8), "text/plain", "2027.cal").status());
        Http.Reply preview = Http.upload("/api/v1/calendar/preview?year=2027", "ops", "ops-demo",
                OFFICIAL_2027.getBytes(StandardCharsets.UTF_8), "text/plain", "2027.cal");
        assertEquals(preview.body(), 200, preview.status());
        assertTrue(preview.body(), preview.body().contains("\"subject\":\"case:" + number + "\"")
                && preview.body().contains("\"before\":\"2027-01-18\",\"after\":\"2027-01-25\""));
        assertEquals("2027-01-18", Http.field(Http.get("/api/v1/cases/" + number, "clerk", "clerk-demo").body(), "promisedDate"));
        Path candidate = Path.of(System.getProperty("karaf.data"), "2027.cal");
        Files.writeString(candidate, OFFICIAL_2027);
        String dryRun = shell("tongban:calendar-preview " + candidate);
        assertTrue(dryRun, dryRun.contains("replaces the provisional year") && dryRun.contains("case:" + number)
                && dryRun.contains("2027-01-18 -> 2027-01-25") && dryRun.contains("rectification due date"));

        // A malformed file is refused with its line; the provisional year stays in force.
        Path folder = Path.of(System.getProperty("karaf.etc"), "tongban", "calendar");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("2027.cal"), "holiday 2027-01-01\nholiday 2027-02-30\n");
        await("the bad file reported").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> Http.get("/api/v1/health").body().contains("2027.cal refused: line 2"));
        assertTrue(Http.get("/api/v1/cases/" + number, "clerk", "clerk-demo").body().contains("\"datesProvisional\":true"));

        Files.writeString(folder.resolve("2027.cal"), OFFICIAL_2027);
        await("the case recomputed on the official 2027").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> "2027-01-25".equals(Http.field(Http.get("/api/v1/cases/" + number, "clerk", "clerk-demo").body(),
                        "promisedDate")));
        String view = Http.get("/api/v1/cases/" + number, "clerk", "clerk-demo").body();
        assertTrue(view, view.contains("\"datesProvisional\":false"));
        await("the rectification recomputed").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> rectifications().contains("\"dueDate\":\"2027-01-18\""));
        assertTrue(rectifications(), rectifications().contains("\"dueProvisional\":false"));
        String timeline = Http.get("/api/v1/cases/" + number + "/timeline", "clerk", "clerk-demo").body();
        assertTrue(timeline, timeline.contains("case.dates_recomputed") && timeline.contains("promised date 2027-01-18 → 2027-01-25")
                && timeline.contains("2027"));
        // Exactly one event for the change, however often the folder is looked at again.
        await("no second event").during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(10))
                .until(() -> recomputedEvents("case:" + number) == 1);
        Http.Reply health2 = Http.get("/api/v1/health");
        assertTrue(health2.body(), !health2.body().contains("refused") && health2.body().contains("official 2025-2027"));
        Http.Reply verify = Http.get("/api/v1/audit/verify", "supervisor", "supervisor-demo");
        assertTrue(verify.body(), verify.body().contains("\"intact\":true"));
        String check = shell("tongban:calendar-check 2027-01-11");
        assertTrue(check, check.contains("2027:") && check.contains("official") && check.contains("not a working day"));
    }

    @Test
    public void aYearWithoutAFileIsProvisionalAndBeyondAnyRuleRefused() {
        Http.Reply day = Http.get("/api/v1/calendar/working-day?date=2031-01-23", "clerk", "clerk-demo");
        assertEquals(day.body(), 200, day.status());
        // 2031's lunar New Year is Thu 01-23 (春节 01-22..01-25, the eve first): off, provisionally.
        assertTrue(day.body(), day.body().contains("\"workingDay\":false") && day.body().contains("\"provisional\":true"));
        Http.Reply years = Http.get("/api/v1/calendar/years?from=2026&to=2031", "clerk", "clerk-demo");
        assertTrue(years.body(), years.body().contains("{\"year\":2026,\"provisional\":false")
                && years.body().contains("{\"year\":2031,\"provisional\":true"));
        assertEquals(422, Http.get("/api/v1/calendar/add?date=2100-03-02&days=3", "clerk", "clerk-demo").status());
        Http.Reply bad = Http.upload("/api/v1/calendar/preview?year=2028", "ops", "ops-demo",
                "holiday 2028-01-01\nholliday 2028-02-01\n".getBytes(StandardCharsets.UTF_8), "text/plain", "2028.cal");
        assertEquals(bad.body(), 400, bad.status());
        assertTrue(bad.body(), bad.body().contains("line 2"));
    }

    private static String application() {
        return "{\"itemCode\":\"" + WATER + "\",\"applicant\":{\"type\":\"ORGANISATION\",\"name\":\"寿光市某某水务有限公司\",\"idNumber\":\""
                + COMPANY + "\",\"mobile\":\"13800138000\"},\"form\":{},\"materials\":[{\"code\":\"M01\",\"fileRef\":\"scan-1.pdf\"},"
                + "{\"code\":\"M02\",\"fileRef\":\"scan-2.pdf\"}],\"channel\":\"WINDOW\",\"commitmentSigned\":false}";
    }

    /** A case decided and reviewed badly at the hall tablet: its rectification task, as supervisors list it. */
    private static String badlyReviewedCase() {
        String number = Http.field(Http.post("/api/v1/cases", "clerk", "clerk-demo", application()).body(), "caseNumber");
        for (String to : new String[] {"RECEIVED", "DISPATCHED"}) {
            Http.post("/api/v1/cases/" + number + "/transitions", "clerk", "clerk-demo", "{\"to\":\"" + to + "\"}");
        }
        Http.Reply decided = Http.post("/api/v1/cases/" + number + "/reviews", "reviewer", "reviewer-demo",
                "{\"department\":\"11370783000007919T\",\"decision\":\"APPROVE\",\"opinion\":\"准予许可\"}");
        assertEquals(decided.body(), "DECIDED", Http.field(decided.body(), "status"));
        String code = Http.field(Http.post("/api/v1/evaluations/invitations", "tablet", "tablet-demo", "{\"caseNumber\":\"" + number
                + "\"}").body(), "code");
        assertEquals(201, Http.post("/api/v1/evaluations/invitations/" + code + "/evaluation",
                "{\"level\":\"VERY_DISSATISFIED\",\"channel\":\"HALL_TABLET\",\"comment\":\"排队太久\"}").status());
        return rectifications();
    }

    private static String rectifications() {
        return Http.get("/api/v1/evaluations/rectifications", "supervisor", "supervisor-demo").body();
    }

    private long recomputedEvents(String subject) {
        return service(Outbox.class).pending(10_000).stream().filter(e -> e.subject().equals(subject) && e.type().equals("case.dates_recomputed")).count();
    }
}
