package org.tongban.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * One county node serving the halls of two streets (一级部署、多级应用), over real HTTP and the real realm: each hall
 * sees its own cases only, reviewers decide only for their departments, agents see their point's cases, applicants
 * act only in their own name. Out of scope is 404 (existence not revealed); a visible case's wrong action is 403.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CaseAccessIT extends TongbanTestSupport {

    private static final String WATER = "11370783000007919T4010000000008";   // 取水许可, M01 + M02
    private static final String SITING = "1137078300002375704010000000023";  // land + housing both review
    private static final String LAND = "113707830000237570";
    private static final String HOUSING = "11370783000031676J";
    private static final String COMPANY = "91350100M000100Y43";
    private static final String PERSON = "11010519491231002X";

    @Configuration
    public Option[] config() {
        return new Option[] {distribution("county", "370783", "tongban-county"),
            editConfigurationFilePut("etc/org.tongban.node.cfg", "demo", "true"),
            editConfigurationFilePut("etc/org.tongban.intake.cfg", "demoCases", "false"),
            user("clerk-wenjia", "clerk,division:370783003"), user("clerk-shengcheng", "clerk,division:370783004"),
            user("supervisor-wenjia", "supervisor,division:370783003"), user("supervisor-shengcheng", "supervisor,division:370783004"),
            user("reviewer-land", "reviewer,department:" + LAND), user("reviewer-housing", "reviewer,department:" + HOUSING),
            user("agent-p1", "agent,point:P1"), user("agent-p1b", "agent,point:P1"), user("agent-p2", "agent,point:P2"),
            user("zhang", "applicant,identity:" + PERSON)};
    }

    @Before
    public void ready() {
        awaitServing("/api/v1/catalog/items/" + WATER);
        awaitPublished("/api/v1/cases", "/api/v1/reviews?department=" + LAND);
    }

    private static String application(String item, String type, String id, String channel) {
        return "{\"itemCode\":\"" + item + "\",\"applicant\":{\"type\":\"" + type + "\",\"name\":\"寿光市某某有限公司\",\"idNumber\":\""
                + id + "\",\"mobile\":\"13800138000\"},\"form\":{},\"materials\":[{\"code\":\"M01\",\"fileRef\":\"s1.pdf\"},"
                + "{\"code\":\"M02\",\"fileRef\":\"s2.pdf\"},{\"code\":\"M03\",\"fileRef\":\"s3.pdf\"}],\"channel\":\"" + channel
                + "\",\"commitmentSigned\":false}";
    }

    private static String submit(String user, String json) {
        Http.Reply r = Http.post("/api/v1/cases", user, user + "-demo", json);
        assertEquals(r.body(), 201, r.status());
        return Http.field(r.body(), "caseNumber");
    }

    private static int status(String path, String user) {
        return Http.get(path, user, user + "-demo").status();
    }

    @Test
    public void eachHallSeesItsOwnCasesOnly() {
        String wenjia = submit("clerk-wenjia", application(WATER, "ORGANISATION", COMPANY, "WINDOW"));
        assertEquals(200, status("/api/v1/cases/" + wenjia, "clerk-wenjia"));
        assertEquals("the other street's clerk: not found", 404, status("/api/v1/cases/" + wenjia, "clerk-shengcheng"));
        assertEquals(404, status("/api/v1/cases/" + wenjia + "/timeline", "clerk-shengcheng"));
        assertFalse(Http.get("/api/v1/cases", "clerk-shengcheng", "clerk-shengcheng-demo").body().contains(wenjia));
        assertEquals(404, Http.post("/api/v1/cases/" + wenjia + "/transitions", "clerk-shengcheng", "clerk-shengcheng-demo",
                "{\"to\":\"RECEIVED\",\"opinion\":\"x\"}").status());
        assertTrue(Http.get("/api/v1/cases", "supervisor-wenjia", "supervisor-wenjia-demo").body().contains(wenjia));
        assertEquals("the county's own account covers its streets", 200, status("/api/v1/cases/" + wenjia, "supervisor"));

        // Supervision's figures are the hall's own: the other street's bulletin counts none of this street's cases.
        String month = "/api/v1/supervision/bulletin";
        assertTrue(Long.parseLong(Http.field(Http.get(month, "supervisor-wenjia", "supervisor-wenjia-demo").body()
                .replaceAll(".*\"total\":", ""), "submissions")) >= 1);
        assertEquals("0", Http.field(Http.get(month, "supervisor-shengcheng", "supervisor-shengcheng-demo").body()
                .replaceAll(".*\"total\":", ""), "submissions"));
        assertEquals("a scan of the whole node is not a street's to run", 403,
                Http.post("/api/v1/supervision/scan", "supervisor-wenjia", "supervisor-wenjia-demo", "").status());

        // Who read the citizen's case, when and from where: for supervisors and ops, not for the clerks read about.
        assertEquals(403, status("/api/v1/access-log?subject=case:" + wenjia, "clerk-wenjia"));
        String reads = Http.get("/api/v1/access-log?subject=case:" + wenjia, "supervisor", "supervisor-demo").body();
        assertTrue(reads, reads.contains("\"reader\":\"clerk-wenjia\"") && reads.contains("\"address\":\"127.0.0.1\"")
                && reads.contains("\"reader\":\"supervisor\"") && !reads.contains("clerk-shengcheng"));
    }

    @Test
    public void reviewersDecideOnlyForTheirDepartments() {
        String number = submit("clerk-wenjia", application(SITING, "ORGANISATION", COMPANY, "WINDOW"));
        for (String to : new String[] {"RECEIVED", "DISPATCHED"}) {
            assertEquals(200, Http.post("/api/v1/cases/" + number + "/transitions", "clerk-wenjia", "clerk-wenjia-demo",
                    "{\"to\":\"" + to + "\",\"opinion\":\"ok\"}").status());
        }
        Http.Reply forged = Http.post("/api/v1/cases/" + number + "/reviews", "reviewer-housing", "reviewer-housing-demo",
                "{\"department\":\"" + LAND + "\",\"decision\":\"APPROVE\",\"opinion\":\"\"}");
        assertEquals("a department named in the body is not the reviewer's: " + forged.body(), 403, forged.status());
        assertEquals(403, status("/api/v1/reviews?department=" + LAND, "reviewer-housing"));
        assertTrue(Http.get("/api/v1/reviews?department=" + HOUSING, "reviewer-housing", "reviewer-housing-demo").body().contains(number));
        assertEquals(200, Http.post("/api/v1/cases/" + number + "/reviews", "reviewer-housing", "reviewer-housing-demo",
                "{\"department\":\"" + HOUSING + "\",\"decision\":\"APPROVE\",\"opinion\":\"同意\"}").status());
        assertEquals(200, status("/api/v1/cases/" + number, "reviewer-land"));
        String other = submit("clerk-wenjia", application(WATER, "ORGANISATION", COMPANY, "WINDOW"));
        assertEquals("a case no department of theirs touches", 404, status("/api/v1/cases/" + other, "reviewer-land"));
    }

    @Test
    public void agentsSeeTheirPointsCasesAndApplicantsTheirOwn() {
        String onBehalf = submit("agent-p1", application(WATER, "ORGANISATION", COMPANY, "AGENT"));
        assertEquals("a colleague of the same point", 200, status("/api/v1/cases/" + onBehalf, "agent-p1b"));
        assertEquals(404, status("/api/v1/cases/" + onBehalf, "agent-p2"));
        assertFalse(Http.get("/api/v1/cases", "agent-p2", "agent-p2-demo").body().contains(onBehalf));

        Http.Reply inAnotherName = Http.post("/api/v1/cases", "zhang", "zhang-demo", application(WATER, "ORGANISATION", COMPANY, "ONLINE"));
        assertEquals(inAnotherName.body(), 403, inAnotherName.status());
        Http.Reply deficient = Http.post("/api/v1/cases", "applicant", "applicant-demo",
                application(WATER, "ORGANISATION", COMPANY, "ONLINE").replace(",{\"code\":\"M02\",\"fileRef\":\"s2.pdf\"}", ""));
        assertEquals(deficient.body(), "DEFICIENT", Http.field(deficient.body(), "status"));
        String number = Http.field(deficient.body(), "caseNumber");
        Http.Reply stranger = Http.post("/api/v1/cases/" + number + "/supplement", "zhang", "zhang-demo",
                "{\"materials\":[{\"code\":\"M02\",\"fileRef\":\"s2.pdf\"}]}");
        assertEquals("a stranger's supplement: the case is not found for them", 404, stranger.status());
        Http.Reply own = Http.post("/api/v1/cases/" + number + "/supplement", "applicant", "applicant-demo",
                "{\"materials\":[{\"code\":\"M02\",\"fileRef\":\"s2.pdf\"}]}");
        assertEquals(own.body(), "ACCEPTED", Http.field(own.body(), "status"));
    }
}
