package org.tongban.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
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
 * A city reports to the provincial hub: the hub simulator runs beside the city on the same node (its own HTTP endpoint
 * on loopback), the city's provincial link is pointed at it, and a case's application, acceptance, steps, completion
 * and evaluation arrive as GB/T 39046 records with the hub's date formats and satisfaction code, each once; the hub
 * refuses a malformed record with its reason and takes a repeated one as already there.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ProvincialSyncIT extends TongbanTestSupport {

    private static final String FOOD = "11370783000007919T4010000000003";
    private static final String BUREAU = "11370783000007919T";

    @Inject
    private ConfigurationAdmin configAdmin;

    @Configuration
    public Option[] config() {
        return new Option[] {distribution("city", "370700", "tongban-city", "tongban-hub-sim"),
            editConfigurationFilePut("etc/org.tongban.node.cfg", "demo", "true"),
            editConfigurationFilePut("etc/org.tongban.intake.cfg", "demoCases", "false"),
            editConfigurationFilePut("etc/org.tongban.intermediary.cfg", "demoData", "false"),
            editConfigurationFilePut("etc/org.tongban.evaluation.cfg", "sweepIntervalMinutes", "0"),
            user("city-370700", "node"), user("tablet", "tablet")};
    }

    @Before
    public void ready() throws Exception {
        awaitServing("/api/v1/catalog/items/" + FOOD);
        awaitPublished("/api/v1/cases", "/api/v1/reviews?department=" + BUREAU, "/api/v1/evaluations/rectifications",
                "/api/v1/provincial/status", "/api/v1/hub/summary");
        org.osgi.service.cm.Configuration link = configAdmin.getConfiguration("org.tongban.provincial", null);
        Dictionary<String, Object> props = link.getProperties() == null ? new Hashtable<>() : link.getProperties();
        if (!("http://127.0.0.1:" + Http.port()).equals(props.get("hubUrl"))) {
            props.put("hubUrl", "http://127.0.0.1:" + Http.port());
            props.put("user", "city-370700");
            props.put("password", "city-370700-demo");
            props.put("periodMillis", "200");
            props.put("catalogPullSeconds", "2");
            link.update(props);
        }
        await("the hub link runs").atMost(Duration.ofSeconds(30)).until(() ->
                Http.get("/api/v1/provincial/status", "ops", "ops-demo").body().contains("\"running\":true"));
    }

    private static String hubRecords(String caseNumber) {
        return Http.get("/api/v1/hub/records?caseNumber=" + caseNumber, "ops", "ops-demo").body();
    }

    @Test
    public void aCaseReachesTheHubAsGbt39046RecordsEachOnce() throws Exception {
        String materials = "[" + String.join(",", Stream.of("M01", "M02", "M03", "M04")
                .map(c -> "{\"code\":\"" + c + "\",\"fileRef\":\"scan-" + c + ".pdf\",\"eCertificateRef\":null}").toList()) + "]";
        Http.Reply r = Http.post("/api/v1/cases", "clerk", "clerk-demo", "{\"itemCode\":\"" + FOOD + "\",\"applicant\":{\"type\":"
                + "\"PERSON\",\"name\":\"张三\",\"idNumber\":\"11010519491231002X\",\"mobile\":\"13800138000\"},"
                + "\"form\":{},\"materials\":" + materials + ",\"channel\":\"WINDOW\",\"commitmentSigned\":false,\"window\":\"W01\"}");
        assertEquals(r.body(), "ACCEPTED", Http.field(r.body(), "status"));
        String number = Http.field(r.body(), "caseNumber");
        for (String to : new String[] {"RECEIVED", "DISPATCHED"}) {
            Http.post("/api/v1/cases/" + number + "/transitions", "clerk", "clerk-demo", "{\"to\":\"" + to + "\"}");
        }
        Http.post("/api/v1/cases/" + number + "/reviews", "reviewer", "reviewer-demo",
                "{\"department\":\"" + BUREAU + "\",\"decision\":\"APPROVE\",\"opinion\":\"准予许可\"}");
        String code = Http.field(Http.post("/api/v1/evaluations/invitations", "tablet", "tablet-demo", "{\"caseNumber\":\"" + number + "\"}")
                .body(), "code");
        assertEquals(201, Http.post("/api/v1/evaluations/invitations/" + code + "/evaluation",
                "{\"level\":\"VERY_DISSATISFIED\",\"channel\":\"HALL_TABLET\",\"comment\":\"排队太久\"}").status());

        await("the case at the hub").atMost(Duration.ofSeconds(30)).until(() -> {
            String h = hubRecords(number);
            return Stream.of("APPLICATION", "ACCEPTANCE", "PROCESS", "RESULT", "EVALUATION").allMatch(d -> h.contains("\"dataset\":\"" + d + "\""));
        });
        String h = hubRecords(number);
        Matcher application = Pattern.compile("\\{\"recordId\":\"[^\"]*\",\"dataset\":\"APPLICATION\"[^}]*}").matcher(h);
        assertTrue(h, application.find());
        String app = application.group();
        assertTrue(app, app.contains("\"sqrlx\":\"1\"") && app.contains("\"sqfs\":\"1\"") && app.contains("\"sxbm\":\"" + FOOD + "\""));
        assertTrue("the ID number leaves the node masked: " + app, !app.contains("11010519491231002X") && app.contains("\"sqrzjhm\":\"110105"));
        assertTrue("date-times YYYYMMDDhhmmss: " + app, Pattern.compile("\"sqsj\":\"\\d{14}\"").matcher(app).find());
        assertTrue("very dissatisfied is 5 under GB/T 39046: " + h, h.contains("\"pjjg\":\"5\""));
        assertTrue(h, h.contains("\"bjjg\":\"1\"") && Pattern.compile("\"cnbjsj\":\"\\d{8}\"").matcher(h).find());
        int records = h.split("\"recordId\"").length - 1;
        await("the link is drained").atMost(Duration.ofSeconds(20)).until(() ->
                Http.field(Http.get("/api/v1/provincial/status", "ops", "ops-demo").body(), "pendingEvents").equals("0"));
        assertEquals("each record once", records, hubRecords(number).split("\"recordId\"").length - 1);
        String summary = Http.get("/api/v1/hub/summary", "ops", "ops-demo").body();
        assertTrue(summary, summary.contains("\"EVALUATION\":1"));
    }

    @Test
    public void theHubRefusesMalformedRecordsAndTakesRepeatsAsAlreadyThere() throws Exception {
        String good = "{\"recordId\":\"t-1-acceptance\",\"dataset\":\"ACCEPTANCE\",\"caseNumber\":\"T-1\",\"data\":{\"sblsh\":\"T-1\","
                + "\"sxbm\":\"" + FOOD + "\",\"slsj\":\"20261125093000\"}}";
        String bad = "{\"recordId\":\"t-2-evaluation\",\"dataset\":\"EVALUATION\",\"caseNumber\":\"T-2\",\"data\":{\"sblsh\":\"T-2\","
                + "\"pjjg\":\"7\",\"pjsj\":\"2026-11-25 09:30\"}}";
        Http.Reply first = Http.post("/api/v1/hub/datasets", "city-370700", "city-370700-demo",
                "{\"format\":\"gbt39046-json/1\",\"records\":[" + good + "," + bad + "]}");
        assertEquals(first.body(), 200, first.status());
        assertTrue(first.body(), first.body().contains("\"stored\":[\"t-1-acceptance\"]"));
        assertTrue(first.body(), first.body().contains("pjjg is a satisfaction code 1-5") && first.body().contains("pjsj is a date-time"));
        Http.Reply again = Http.post("/api/v1/hub/datasets", "city-370700", "city-370700-demo",
                "{\"format\":\"gbt39046-json/1\",\"records\":[" + good + "]}");
        assertTrue(again.body(), again.body().contains("\"duplicates\":[\"t-1-acceptance\"]"));
        assertEquals("only cities post to the hub", 403, Http.post("/api/v1/hub/datasets", "clerk", "clerk-demo",
                "{\"format\":\"gbt39046-json/1\",\"records\":[]}").status());
        assertEquals(422, Http.post("/api/v1/hub/datasets", "city-370700", "city-370700-demo",
                "{\"format\":\"other/9\",\"records\":[]}").status());
        assertTrue(shell("tongban:hub-status").contains("Route running:  true"));
        await("the hub's catalogue pulled").atMost(Duration.ofSeconds(20)).until(() ->
                !Http.get("/api/v1/provincial/status", "ops", "ops-demo").body().contains("\"lastCataloguePull\":null"));
    }
}
