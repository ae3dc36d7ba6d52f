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
 * E-supervision on a township: a case is moved past its due date with the node's clock and draws its warning, its
 * yellow and then its red card (case and review step), visible over REST and in the shell; deciding it closes them.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SupervisionIT extends TongbanTestSupport {

    private static final String FOOD = "11370783000007919T4010000000003"; // 5 working days, 行政审批服务局
    private static final String BUREAU = "11370783000007919T";

    @Inject
    private ConfigurationAdmin configAdmin;

    @Configuration
    public Option[] config() {
        return new Option[] {distribution("township", "370783003", "tongban-township"),
            editConfigurationFilePut("etc/org.tongban.node.cfg", "demo", "true"),
            editConfigurationFilePut("etc/org.tongban.clock.cfg", "offset", offsetTo("2026-06-01T09:00:00+08:00")),
            editConfigurationFilePut("etc/org.tongban.supervision.cfg", "scanIntervalMinutes", "0"),
            editConfigurationFilePut("etc/org.tongban.intake.cfg", "demoCases", "false")};
    }

    private static String offsetTo(String at) {
        return Duration.between(Instant.now(), OffsetDateTime.parse(at).toInstant()).toString();
    }

    @Before
    public void ready() {
        awaitServing("/api/v1/catalog/items/" + FOOD);
        awaitPublished("/api/v1/cases", "/api/v1/reviews?department=" + BUREAU, "/api/v1/supervision/cards");
    }

    /** Moves the node's clock to 09:00 on that day and waits until a scan judges by it. */
    private void today(String date) throws Exception {
        org.osgi.service.cm.Configuration clock = configAdmin.getConfiguration("org.tongban.clock", null);
        Dictionary<String, Object> props = clock.getProperties() == null ? new Hashtable<>() : clock.getProperties();
        props.put("offset", offsetTo(date + "T09:00:00+08:00"));
        clock.update(props);
        await("clock at " + date).atMost(Duration.ofSeconds(20))
                .until(() -> date.equals(Http.field(scan(), "day")));
    }

    private static String scan() {
        return Http.post("/api/v1/supervision/scan", "supervisor", "supervisor-demo", "").body();
    }

    private static String cards(String query) {
        return Http.get("/api/v1/supervision/cards?" + query, "supervisor", "supervisor-demo").body();
    }

    @Test
    public void anOverdueCaseDrawsItsCardsAndDecidingItClosesThem() throws Exception {
        String materials = "[" + String.join(",", java.util.stream.Stream.of("M01", "M02", "M03", "M04")
                .map(c -> "{\"code\":\"" + c + "\",\"fileRef\":\"scan-" + c + ".pdf\",\"eCertificateRef\":null}").toList()) + "]";
        Http.Reply r = Http.post("/api/v1/cases", "clerk", "clerk-demo", "{\"itemCode\":\"" + FOOD + "\",\"applicant\":{\"type\":"
                + "\"ORGANISATION\",\"name\":\"寿光市某某食品有限公司\",\"idNumber\":\"91350100M000100Y43\",\"mobile\":\"13800138000\"},"
                + "\"form\":{},\"materials\":" + materials + ",\"channel\":\"ONLINE\",\"commitmentSigned\":false}");
        assertEquals(r.body(), "ACCEPTED", Http.field(r.body(), "status"));
        assertEquals("5 working days from Mon 06-01", "2026-06-08", Http.field(r.body(), "promisedDate"));
        String number = Http.field(r.body(), "caseNumber");
        for (String to : new String[] {"RECEIVED", "DISPATCHED"}) {
            Http.post("/api/v1/cases/" + number + "/transitions", "clerk", "clerk-demo", "{\"to\":\"" + to + "\"}");
        }

        today("2026-06-04");
        assertTrue("warned two working days ahead", cards("colour=WARNING").contains(number));
        assertFalse(cards("colour=YELLOW").contains(number));

        today("2026-06-09");
        String yellow = cards("colour=YELLOW&department=" + BUREAU);
        assertTrue(yellow, yellow.contains(number) && yellow.contains("\"scope\":\"CASE\"") && yellow.contains("\"scope\":\"STEP\""));
        assertFalse(cards("colour=RED").contains(number));

        today("2026-06-10");
        assertTrue(cards("colour=RED").contains(number));
        assertEquals("a second scan issues nothing", "0", Http.field(scan(), "issued"));
        String overdue = Http.get("/api/v1/supervision/overdue", "supervisor", "supervisor-demo").body();
        assertTrue(overdue, overdue.contains(number) && overdue.contains("\"overdueWorkingDays\":2"));
        assertTrue(shell("tongban:card-list --colour RED").contains(number));
        assertEquals("reviewers see cards, applicants do not", 403,
                Http.get("/api/v1/supervision/cards", "applicant", "applicant-demo").status());

        Http.Reply decided = Http.post("/api/v1/cases/" + number + "/reviews", "reviewer", "reviewer-demo",
                "{\"department\":\"" + BUREAU + "\",\"decision\":\"APPROVE\",\"opinion\":\"准予许可\"}");
        assertEquals(decided.body(), "DECIDED", Http.field(decided.body(), "status"));
        String closing = scan();
        assertTrue(closing, Integer.parseInt(Http.field(closing, "closed")) >= 4);
        assertFalse("no open card left", cards("open=true").contains(number));
        assertTrue("closed cards stay on record", cards("open=false").contains("case DECIDED"));

        String timeline = Http.get("/api/v1/cases/" + number + "/timeline", "supervisor", "supervisor-demo").body();
        assertTrue(timeline, timeline.contains("supervision.card.yellow") && timeline.contains("supervision.card.red")
                && timeline.contains("supervision.card.closed"));
        assertTrue(Http.get("/api/v1/audit/verify", "ops", "ops-demo").body().contains("\"intact\":true"));

        String bulletin = Http.get("/api/v1/supervision/bulletin?month=2026-06", "supervisor", "supervisor-demo").body();
        assertTrue(bulletin, bulletin.contains("\"departmentCode\":\"" + BUREAU + "\"") && bulletin.contains("\"yellowCards\":1")
                && bulletin.contains("\"redCards\":1") && bulletin.contains("\"onTimeRate\":0.0"));
        Http.Reply csv = Http.get("/api/v1/supervision/bulletin?month=2026-06&format=csv", "supervisor", "supervisor-demo");
        assertTrue(csv.contentType(), csv.contentType().startsWith("text/csv"));
        assertTrue(csv.body(), csv.body().contains("2026-06," + BUREAU + ",寿光市行政审批服务局,1,1,1.0,1,0,0.0,1,1"));
        assertEquals(400, Http.get("/api/v1/supervision/bulletin?month=June", "supervisor", "supervisor-demo").status());
        assertEquals("a format not made is refused", 400,
                Http.get("/api/v1/supervision/bulletin?month=2026-06&format=xlsx", "supervisor", "supervisor-demo").status());
        assertTrue(shell("tongban:bulletin 2026-06").contains("寿光市行政审批服务局"));
    }
}
