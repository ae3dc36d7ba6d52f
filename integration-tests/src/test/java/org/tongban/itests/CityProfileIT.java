package org.tongban.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import org.junit.Test;
import org.junit.runner.RunWith;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CityProfileIT extends ProfileInstallSupport {

    private static final String CHILD = "county-370783";
    private static final String SIBLING = "county-370784";

    @Configuration
    public Option[] config() {
        return new Option[] {distribution("city", "370700"), user(CHILD, "node"), user(SIBLING, "node"),
            editConfigurationFilePut("etc/org.tongban.node.cfg", "demo", "true"),
            editConfigurationFilePut("etc/org.tongban.intake.cfg", "demoCases", "false")};
    }

    /** One test: the profile is installed by it, so what it serves is checked after, in order. */
    @Test
    public void cityProfileInstallsAloneAndServes() throws Exception {
        installsAloneAndServes("city", "[\"tongban-apidoc\",\"tongban-catalog\",\"tongban-core\",\"tongban-evaluation\",\"tongban-intake\",\"tongban-intermediary\",\"tongban-provincial-sync\",\"tongban-supervision\",\"tongban-surrogate\",\"tongban-sync\"]");
        aChildsBadEventsAreRejectedOneByOneAndTheRestTaken();
        aChildCannotSendInAnotherNodesName();
        aCityAgentsCityItemIsTakenInByTheCitysOwnIntake();
    }

    /**
     * 帮办代办 at the agent's own level: a city agent helping with a city item opens the case (no 422), and the city's own
     * intake takes it in as an agent's case that the on-behalf case follows; an item handled only below is refused.
     */
    private void aCityAgentsCityItemIsTakenInByTheCitysOwnIntake() {
        assertEquals(201, Http.post("/api/v1/surrogate/agents", "supervisor", "supervisor-demo", "{\"account\":\"agent\",\"name\":"
                + "\"王秀英\",\"mobile\":\"13905368888\",\"pointCode\":\"SZX-01\",\"pointName\":\"市政务服务中心代办窗口\"}").status());
        String request = "{\"itemCode\":\"ITEM\",\"applicant\":{\"type\":\"ORGANISATION\",\"name\":\"寿光市某某食品有限公司\","
                + "\"idNumber\":\"91350100M000100Y43\",\"mobile\":\"13800138000\"},\"form\":{},\"materials\":["
                + "{\"code\":\"M01\",\"fileRef\":\"scan/M01.pdf\"},{\"code\":\"M02\",\"fileRef\":\"scan/M02.pdf\"}],"
                + "\"verifiedCertificates\":[\"营业执照\"],\"authorisation\":"
                + "{\"signedBy\":\"张三\",\"signedOn\":\"2026-11-25\",\"scope\":\"代为申请食品经营许可\",\"documentRef\":"
                + "\"scan/authorisation.pdf\"},\"greenChannel\":false}";
        Http.Reply below = Http.post("/api/v1/surrogate/cases", "agent", "agent-demo", request.replace("ITEM",
                "11370783000118785U4010000000026"));
        assertEquals(below.body(), 422, below.status());
        assertTrue(below.body(), below.body().contains("handled-below") && below.body().contains("below this CITY node"));

        Http.Reply opened = Http.post("/api/v1/surrogate/cases", "agent", "agent-demo", request.replace("ITEM",
                "11370783000007919T4010000000003"));
        assertEquals(opened.body(), 201, opened.status());
        assertEquals(opened.body(), "CITY", Http.field(opened.body(), "decidingLevel"));
        String ref = Http.field(opened.body(), "ref");
        String caseUrl = "/api/v1/surrogate/cases/" + ref;
        assertEquals(200, Http.post(caseUrl + "/fees", "agent", "agent-demo", "{\"item\":\"复印费\",\"amount\":0,"
                + "\"receiptNumber\":\"SZX-2026-0001\"}").status());
        assertEquals("SUBMITTED", Http.field(Http.post(caseUrl + "/submission", "agent", "agent-demo", "").body(), "status"));

        await("the city's intake takes the case in").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> "DEFICIENT".equals(Http.field(Http.get(caseUrl, "agent", "agent-demo").body(), "status")));
        String deficient = Http.get(caseUrl, "agent", "agent-demo").body();
        assertTrue(deficient, deficient.contains("\"missing\":[\"M03") && deficient.contains("SZX-2026-0001"));
        String number = Http.field(deficient, "caseNumber");
        Http.Reply asIntakeCase = Http.get("/api/v1/cases/" + number, "agent", "agent-demo");
        assertEquals(asIntakeCase.body(), 200, asIntakeCase.status());
        assertEquals(asIntakeCase.body(), "AGENT", Http.field(asIntakeCase.body(), "channel"));
        assertEquals(asIntakeCase.body(), "DEFICIENT", Http.field(asIntakeCase.body(), "status"));
        assertEquals(number, Http.field(Http.get("/api/v1/surrogate/forwarded/" + ref, "clerk", "clerk-demo").body(), "caseNumber"));

        assertEquals(200, Http.post(caseUrl + "/supplement", "agent", "agent-demo", "{\"materials\":[{\"code\":\"M03\","
                + "\"fileRef\":\"scan/M03.pdf\"}]}").status());
        await("accepted by the city's intake, followed by the on-behalf case").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> "ACCEPTED".equals(Http.field(Http.get(caseUrl, "agent", "agent-demo").body(), "status")));
        assertEquals("ACCEPTED", Http.field(Http.get("/api/v1/cases/" + number, "clerk", "clerk-demo").body(), "status"));
    }

    /** Events claiming the city itself or a sibling's subtree as their origin are rejected one by one; its own are taken. */
    private void aChildCannotSendInAnotherNodesName() {
        String at = "2026-11-26T08:00:00Z";
        String batch = "[" + String.join(",",
                event("it-sibling-own", "note:9", 1, "test.note", "{}", at).replace(CHILD, SIBLING),
                event("it-as-the-sibling", "note:10", 1, "test.note", "{}", at),
                event("it-as-the-city", "case:X", 1, "case.submitted", "{}", at).replace(CHILD, "it-city"),
                // Its own origin, but another node's records: a sibling's agent, a sibling point's forwarded application.
                event("it-sibling-agent", "surrogate-agent:x", 1, "surrogate.agent.registered", "{\"account\":\"a\","
                        + "\"name\":\"a\",\"mobile\":\"138****0000\",\"pointCode\":\"P\",\"pointName\":\"P\",\"level\":\"VILLAGE\","
                        + "\"divisionCode\":\"370700001001\",\"nodeId\":\"" + CHILD + "\"}", at).replace("\"originNode\":\"" + CHILD,
                        "\"originNode\":\"" + SIBLING),
                event("it-sibling-ref", "surrogate:x", 1, "surrogate.application", "{\"ref\":\"" + CHILD + "/9\",\"originNode\":\""
                        + SIBLING + "\",\"decidingLevel\":\"CITY\",\"application\":{}}", at).replace("\"originNode\":\"" + CHILD + "\",\"subject",
                        "\"originNode\":\"" + SIBLING + "\",\"subject")) + "]";
        Http.Reply r = Http.post("/api/v1/sync/events", SIBLING, SIBLING + "-demo", batch);
        assertEquals(r.body(), 200, r.status());
        assertTrue(r.body(), r.body().contains("\"stored\":[\"it-sibling-own\"]"));
        assertTrue(r.body(), r.body().contains("surrogate.agent.registered names node " + CHILD + " but comes from " + SIBLING));
        assertTrue(r.body(), r.body().contains("surrogate.application " + CHILD + "/9 is not a reference of " + SIBLING));
        assertTrue(r.body(), r.body().contains("\"it-as-the-sibling\":\"originNode " + CHILD + " reaches this node through another child"));
        assertTrue(r.body(), r.body().contains("\"it-as-the-city\":\"originNode it-city is this node itself"));
    }

    private static String event(String id, String subject, int seq, String type, String payload, String created) {
        return "{\"id\":\"" + id + "\",\"originNode\":\"" + CHILD + "\",\"subject\":\"" + subject + "\",\"subjectSeq\":" + seq
                + ",\"type\":\"" + type + "\",\"payloadVersion\":1,\"payload\":\"" + payload.replace("\"", "\\\"")
                + "\",\"created\":\"" + created + "\"}";
    }

    /**
     * A child's batch mixing good events with ones the store, a handler or the check refuses: each bad one comes back
     * rejected with its reason (for the child's dead letters), the good ones are stored, nothing is a 5xx.
     */
    private void aChildsBadEventsAreRejectedOneByOneAndTheRestTaken() {
        String at = "2026-11-26T08:00:00Z";
        String batch = "[" + String.join(",",
                event("it-good-1", "note:1", 1, "test.note", "{\"n\":1}", at),
                event("it-same-seq", "note:1", 1, "test.note", "{\"n\":2}", at),
                event("it-agent-no-level", "surrogate:agent:a", 1, "surrogate.agent.registered", "{\"account\":\"a\",\"level\":null}", at),
                event("it-no-application", "surrogate:x", 1, "surrogate.application",
                        "{\"ref\":\"village-1/9\",\"originNode\":\"" + CHILD + "\",\"decidingLevel\":\"CITY\"}", at),
                event("it-far-future", "note:3", 1, "test.note", "{}", "+999999999-12-31T23:59:59Z"),
                event("it-good-2", "note:2", 1, "test.note", "{\"n\":3}", at).replace("{\"id\"", "{\"addedByANewerNode\":1,\"id\""),
                event("it-bad-seq", "note:4", 1, "test.note", "{}", at).replace("\"subjectSeq\":1", "\"subjectSeq\":\"first\"")) + "]";
        Http.Reply r = Http.post("/api/v1/sync/events", CHILD, CHILD + "-demo", batch);
        assertEquals(r.body(), 200, r.status());
        assertTrue(r.body(), r.body().contains("\"stored\":[\"it-good-1\",\"it-good-2\"]"));
        for (String bad : new String[] {"it-same-seq", "it-agent-no-level", "it-no-application", "it-far-future", "it-bad-seq"}) {
            assertTrue(bad + " rejected: " + r.body(), r.body().contains("\"" + bad + "\":\""));
        }
        assertTrue(r.body(), r.body().contains("needs ref, originNode and application"));
        assertTrue(r.body(), r.body().contains("created must lie between 1970 and 9999"));
        assertTrue(r.body(), r.body().contains("not an event: subjectSeq has the wrong form"));
        assertFalse("reasons for the child's ops, without Java names: " + r.body(), r.body().contains("Exception") || r.body().contains("org.tongban"));
        String inbox = Http.get("/api/v1/sync/inbox?subject=note:1", "ops", "ops-demo").body();
        assertTrue(inbox, inbox.contains("it-good-1") && !inbox.contains("it-same-seq"));
        Http.Reply again = Http.post("/api/v1/sync/events", CHILD, CHILD + "-demo", batch);
        assertTrue("sent again: the good ones are already here: " + again.body(),
                again.body().contains("\"duplicates\":[\"it-good-1\",\"it-good-2\"]"));

        // A value longer than the node keeps is the request's fault, said so, not a database outage: checked before
        // where intake knows the field, refused by the store where it does not.
        String application = "{\"itemCode\":\"11370783000007919T4010000000003\",\"applicant\":{\"type\":\"ORGANISATION\",\"name\":\"NAME\","
                + "\"idNumber\":\"91350100M000100Y43\",\"mobile\":\"13800138000\"},\"form\":{},\"channel\":\"WINDOW\","
                + "\"commitmentSigned\":false,\"materials\":[{\"code\":\"M01\",\"fileRef\":\"scan-1.pdf\"}]}";
        Http.Reply longName = Http.post("/api/v1/cases", "clerk", "clerk-demo", application.replace("NAME", "某".repeat(201)));
        assertEquals(longName.body(), 400, longName.status());
        assertTrue(longName.body(), longName.body().contains("applicant.name is at most 200 characters"));
        Http.Reply deficient = Http.post("/api/v1/cases", "clerk", "clerk-demo", application.replace("NAME", "寿光市某某食品有限公司"));
        assertEquals(deficient.body(), "DEFICIENT", Http.field(deficient.body(), "status"));
        Http.Reply tooLong = Http.post("/api/v1/cases/" + Http.field(deficient.body(), "caseNumber") + "/refusal", "clerk", "clerk-demo",
                "{\"reason\":\"" + "理".repeat(9000) + "\"}");
        assertEquals(tooLong.body(), 400, tooLong.status());
        assertTrue(tooLong.body(), tooLong.body().contains("value-too-long") && tooLong.body().contains("at most 8000 characters"));
        assertFalse(tooLong.body(), tooLong.body().contains("理理理"));
    }
}
