package org.tongban.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * 中介超市 on a county node, over HTTP: agencies register and are admitted, an owner posts a lowest-price project paid
 * with public funds, bids stay sealed until the window closes, too few valid bids fail a project (流标), a selection is
 * re-checked by anyone, then contract, delivery and the owner's review raise the winner's credit. The demo data of a demo
 * node is there too, its draw verifiable.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class IntermediaryIT extends TongbanTestSupport {

    private static final String API = "/api/v1/intermediary";
    private static final String AGENCY_D = "91370783MA3C0D4E44";

    @Inject
    private ConfigurationAdmin configAdmin;

    @Configuration
    public Option[] config() {
        return new Option[] {distribution("county", "370783", "tongban-county"),
            editConfigurationFilePut("etc/org.tongban.node.cfg", "demo", "true"),
            editConfigurationFilePut("etc/org.tongban.clock.cfg", "offset", offsetTo("2026-11-02T09:00:00+08:00")),
            editConfigurationFilePut("etc/org.tongban.intake.cfg", "demoCases", "false"),
            user("agency-a", "agency"), user("agency-b", "agency"), user("agency-c", "agency"),
            user("agency-d", "agency,agency:" + AGENCY_D), user("agency-d2", "agency,agency:" + AGENCY_D),
            user("agency-x", "agency,agency:91370783MA3C0E5F55"), user("owner-2", "applicant,identity:113707830042455710"),
            user("supervisor-changle", "supervisor,division:370725")};
    }

    private static String offsetTo(String at) {
        return Duration.between(Instant.now(), OffsetDateTime.parse(at).toInstant()).toString();
    }

    @Before
    public void ready() {
        awaitServing(API + "/services/ZJ-FXCL");
        awaitPublished(API + "/projects", API + "/agencies/all", "/api/v1/evaluations/rectifications", "/api/v1/audit");
    }

    /** Moves the node's clock and waits until the node judges by it (the evaluation sweep reports its day). */
    private void today(String at) throws Exception {
        org.osgi.service.cm.Configuration clock = configAdmin.getConfiguration("org.tongban.clock", null);
        Dictionary<String, Object> props = clock.getProperties() == null ? new Hashtable<>() : clock.getProperties();
        props.put("offset", offsetTo(at));
        clock.update(props);
        org.awaitility.Awaitility.await("clock at " + at).atMost(Duration.ofSeconds(20)).until(() -> at.substring(0, 10).equals(
                Http.field(Http.post("/api/v1/evaluations/sweep", "supervisor", "supervisor-demo", "").body(), "day")));
    }

    private static String agency(String user, String creditCode, String name, String qualificationUntil) {
        Http.Reply r = Http.post(API + "/agencies", user, user + "-demo", "{\"creditCode\":\"" + creditCode + "\",\"name\":\"" + name
                + "\",\"contactMobile\":\"13905361234\",\"serviceAreas\":[\"370783\"],\"staffCount\":8,\"qualifications\":"
                + "[{\"serviceCode\":\"ZJ-FXCL\",\"name\":\"乙级测绘资质\",\"certificateNumber\":\"乙测资字3710" + user.charAt(7)
                + "\",\"validUntil\":\"" + qualificationUntil + "\"}]}");
        assertEquals(r.body(), 201, r.status());
        String id = Http.field(r.body(), "id");
        Http.Reply admitted = Http.post(API + "/agencies/" + id + "/admission", "supervisor", "supervisor-demo",
                "{\"admit\":true,\"opinion\":\"资质审核通过\"}");
        assertEquals(admitted.body(), "ADMITTED", Http.field(admitted.body(), "status"));
        return id;
    }

    private static String project(String title, String closes) {
        Http.Reply r = Http.post(API + "/projects", "applicant", "applicant-demo", "{\"serviceCode\":\"ZJ-FXCL\",\"title\":\"" + title
                + "\",\"scope\":\"规划放线测量并出具成果报告\",\"ownerName\":\"寿光市文家街道办事处\",\"ownerCreditCode\":\"91350100M000100Y43\","
                + "\"budgetMin\":8000,\"budgetMax\":20000,\"timeLimitDays\":5,\"method\":\"LOWEST_PRICE\",\"registrationCloses\":\""
                + OffsetDateTime.parse(closes).toInstant() + "\",\"publicFunds\":true,\"areaCode\":\"370783\"}");
        assertEquals(r.body(), 201, r.status());
        assertEquals("OPEN", Http.field(r.body(), "status"));
        assertEquals(64, Http.field(r.body(), "seedCommitment").length());
        assertFalse("the seed stays secret until the draw", r.body().contains("\"seed\":\""));
        return Http.field(r.body(), "id");
    }

    private static Http.Reply bid(String project, String user, String amount) {
        return Http.post(API + "/projects/" + project + "/registrations", user, user + "-demo", "{\"bid\":" + amount + "}");
    }

    /**
     * An agency's staff share one agency through their accounts' unit and act for no other; an owner posts and runs only
     * their own projects; another county's supervisor supervises nothing here.
     */
    @Test
    public void agenciesAndOwnersActOnlyForThemselves() {
        Http.Reply forged = Http.post(API + "/agencies", "agency-x", "agency-x-demo", "{\"creditCode\":\"" + AGENCY_D
                + "\",\"name\":\"冒名测绘有限公司\",\"contactMobile\":\"13905361234\",\"serviceAreas\":[\"370783\"],"
                + "\"staffCount\":3,\"qualifications\":[]}");
        assertEquals("registering another agency's credit code: " + forged.body(), 403, forged.status());
        Http.Reply d = Http.post(API + "/agencies", "agency-d", "agency-d-demo", "{\"creditCode\":\"" + AGENCY_D
                + "\",\"name\":\"寿光市丁测绘有限公司\",\"contactMobile\":\"13905361234\",\"serviceAreas\":[\"370783\"],"
                + "\"staffCount\":8,\"qualifications\":[{\"serviceCode\":\"ZJ-FXCL\",\"name\":\"乙级测绘资质\","
                + "\"certificateNumber\":\"乙测资字3710d\",\"validUntil\":\"2028-12-31\"}]}");
        assertEquals(d.body(), 201, d.status());
        String id = Http.field(d.body(), "id");
        assertEquals("another county's supervisor", 403, Http.post(API + "/agencies/" + id + "/admission", "supervisor-changle",
                "supervisor-changle-demo", "{\"admit\":true,\"opinion\":\"x\"}").status());
        assertEquals(200, Http.post(API + "/agencies/" + id + "/admission", "supervisor", "supervisor-demo",
                "{\"admit\":true,\"opinion\":\"资质审核通过\"}").status());
        assertEquals("a colleague's account acts for the same agency", id,
                Http.field(Http.get(API + "/agencies/mine", "agency-d2", "agency-d2-demo").body(), "id"));

        Http.Reply inAnotherName = Http.post(API + "/projects", "owner-2", "owner-2-demo", "{\"serviceCode\":\"ZJ-FXCL\","
                + "\"title\":\"冒名项目\",\"scope\":\"测量\",\"ownerName\":\"别人\",\"ownerCreditCode\":\"91350100M000100Y43\","
                + "\"budgetMin\":8000,\"budgetMax\":20000,\"timeLimitDays\":5,\"method\":\"LOWEST_PRICE\",\"registrationCloses\":\""
                + OffsetDateTime.parse("2027-12-31T17:00:00+08:00").toInstant() + "\",\"publicFunds\":true,\"areaCode\":\"370783\"}");
        assertEquals("a project in another identity's name: " + inAnotherName.body(), 403, inAnotherName.status());
        String p = project("放线测量——权限检查", "2027-12-31T17:00:00+08:00");
        assertEquals(201, bid(p, "agency-d2", "9000").status());
        assertEquals("the agency is registered, whichever of its staff asks", 409, bid(p, "agency-d", "8000").status());
        assertTrue(Http.get(API + "/projects/" + p + "/registrations", "agency-d", "agency-d-demo").body().contains("9000"));
        assertEquals("not the owner", 403, Http.get(API + "/projects/" + p + "/registrations", "owner-2", "owner-2-demo").status());
        assertEquals(403, Http.post(API + "/projects/" + p + "/cancel", "owner-2", "owner-2-demo", "{\"reason\":\"x\"}").status());
        assertEquals(403, Http.post(API + "/projects/" + p + "/cancel", "supervisor-changle", "supervisor-changle-demo",
                "{\"reason\":\"x\"}").status());
    }

    @Test
    public void aProjectRunsFromPostingToContractAndReviewWithSealedBids() throws Exception {
        String a = agency("agency-a", "91370783MA3C0A1B11", "寿光市甲测绘有限公司", "2028-12-31");
        String b = agency("agency-b", "91370783MA3C0B2C22", "寿光市乙测绘有限公司", "2028-12-31");
        String c = agency("agency-c", "91370783MA3C0C3D33", "寿光市丙测绘有限公司", "2028-12-31");
        assertEquals("one agency per account", 409, Http.post(API + "/agencies", "agency-a", "agency-a-demo", "{\"creditCode\":"
                + "\"91370783MA3C0D4E44\",\"name\":\"重复\",\"contactMobile\":\"13905361234\",\"serviceAreas\":[\"370783\"],\"staffCount\":1,"
                + "\"qualifications\":[{\"serviceCode\":\"ZJ-FXCL\",\"name\":\"x\",\"certificateNumber\":\"x\",\"validUntil\":\"2028-01-01\"}]}")
                .status());

        // Project 1: one bid falls outside the range, two valid bids are too few for public funds.
        String failing = project("社区服务中心规划放线测量", "2026-11-10T09:00:00+08:00");
        assertEquals(201, bid(failing, "agency-a", "11000").status());
        assertEquals(201, bid(failing, "agency-b", "9500").status());
        assertEquals(201, bid(failing, "agency-c", "30000").status());
        assertEquals("registered once", 409, bid(failing, "agency-a", "10000").status());

        // Project 2, the one that runs to its end. Posted Mon 11-02, it is open 5 whole working days, until 11-10 at the earliest.
        String p = project("农贸市场改造规划放线测量", "2026-11-10T09:00:00+08:00");
        assertEquals(400, bid(p, "agency-a", "0").status());
        assertEquals(201, bid(p, "agency-a", "11000").status());
        assertEquals(201, bid(p, "agency-b", "9500").status());
        assertEquals(201, bid(p, "agency-c", "9800").status());
        assertEquals("agencies bid, owners do not", 403, bid(p, "applicant", "1").status());

        assertEquals("the owner learns who registered once the window closes", 409,
                Http.get(API + "/projects/" + p + "/registrations", "applicant", "applicant-demo").status());
        assertTrue("nor how many", Http.get(API + "/projects/" + p).body().contains("\"registrations\":null"));
        String supervisorsView = Http.get(API + "/projects/" + p + "/registrations", "supervisor", "supervisor-demo").body();
        assertTrue("three registered", supervisorsView.split("\"agencyId\"").length == 4);
        assertTrue("sealed before the window closes: " + supervisorsView,
                !supervisorsView.contains("11000") && supervisorsView.contains("\"bid\":null"));
        String mine = Http.get(API + "/projects/" + p + "/registrations", "agency-a", "agency-a-demo").body();
        assertTrue(mine, mine.contains("11000") && !mine.contains("9500"));
        assertEquals("no selection before the window closes", 409,
                Http.post(API + "/projects/" + p + "/selection", "applicant", "applicant-demo", "").status());
        String details = auditDetails("intermediary-project:" + Http.field(Http.get(API + "/projects/" + p).body(), "code"));
        assertTrue("the registrations are audited: " + details, details.contains("registered (bid sealed)"));
        assertFalse("the audit trail never carries a sealed bid: " + details, details.contains("9500"));

        today("2026-11-10T10:00:00+08:00");
        Http.Reply failed = Http.post(API + "/projects/" + failing + "/selection", "applicant", "applicant-demo", "");
        assertEquals(failed.body(), "FAILED", Http.field(failed.body(), "status"));
        assertTrue(failed.body(), failed.body().contains("流标") && failed.body().contains("outside 8000.00–20000.00"));
        assertEquals("true", Http.field(Http.get(API + "/projects/" + failing + "/verification").body(), "matches"));

        assertEquals("only the owner selects", 403, Http.post(API + "/projects/" + p + "/selection", "clerk", "clerk-demo", "").status());
        Http.Reply selected = Http.post(API + "/projects/" + p + "/selection", "applicant", "applicant-demo", "");
        assertEquals(selected.body(), "SELECTED", Http.field(selected.body(), "status"));
        assertEquals(b, Http.field(selected.body(), "winnerAgencyId"));
        assertEquals("9500.00", Http.field(selected.body(), "winningBid"));
        String published = Http.get(API + "/projects/" + p).body();
        assertTrue("the seed and every bid are published with the result", published.contains("\"seed\":\"") && published.contains("11000"));
        String check = Http.get(API + "/projects/" + p + "/verification").body();
        assertEquals(check, "true", Http.field(check, "seedMatchesCommitment"));
        assertEquals(check, "true", Http.field(check, "matches"));
        assertTrue(shell("tongban:draw-verify " + p).contains("checks out"));

        assertEquals("the contract is at the winning bid", 409, Http.post(API + "/projects/" + p + "/contract", "applicant",
                "applicant-demo", "{\"contractNumber\":\"WJ-2026-031\",\"amount\":11000,\"signedOn\":\"2026-11-10\"}").status());
        Http.Reply contracted = Http.post(API + "/projects/" + p + "/contract", "applicant", "applicant-demo",
                "{\"contractNumber\":\"WJ-2026-031\",\"amount\":9500,\"signedOn\":\"2026-11-10\"}");
        assertEquals(contracted.body(), "CONTRACTED", Http.field(contracted.body(), "status"));
        assertEquals("5 working days after signing", "2026-11-17", Http.field(contracted.body(), "dueDate"));
        assertEquals("only the selected agency delivers", 403, Http.post(API + "/projects/" + p + "/delivery", "agency-c", "agency-c-demo",
                "{\"summary\":\"x\"}").status());
        Http.Reply delivered = Http.post(API + "/projects/" + p + "/delivery", "agency-b", "agency-b-demo",
                "{\"summary\":\"放线测量成果报告 CL-2026-118\"}");
        assertEquals(delivered.body(), "DELIVERED", Http.field(delivered.body(), "status"));
        Http.Reply reviewed = Http.post(API + "/projects/" + p + "/review", "applicant", "applicant-demo",
                "{\"score\":5,\"comment\":\"按时提交，成果规范\"}");
        assertEquals(reviewed.body(), "REVIEWED", Http.field(reviewed.body(), "status"));
        assertTrue(reviewed.body(), reviewed.body().contains("\"onTime\":true"));
        String winner = Http.get(API + "/agencies/" + b).body();
        assertEquals(winner, "100", Http.field(winner, "creditScore"));
        assertEquals("A", Http.field(winner, "creditGrade"));
        assertFalse("the public does not see accounts: " + winner, winner.contains("agency-b"));

        // Faults and the blacklist shut an agency out.
        Http.Reply veto = Http.post(API + "/agencies/" + c + "/violations", "supervisor", "supervisor-demo",
                "{\"severity\":\"VETO\",\"description\":\"出具虚假测绘成果\"}");
        assertEquals(veto.body(), 201, veto.status());
        assertEquals("E", Http.field(Http.get(API + "/agencies/" + c).body(), "creditGrade"));
        assertEquals(200, Http.post(API + "/agencies/" + a + "/blacklist", "supervisor", "supervisor-demo",
                "{\"reason\":\"串通投标\",\"until\":\"2027-11-03\"}").status());
        String next = project("道路改造规划放线测量", "2026-11-18T09:00:00+08:00");
        Http.Reply refusedA = bid(next, "agency-a", "10000");
        assertEquals(refusedA.body(), 422, refusedA.status());
        assertTrue(refusedA.body(), refusedA.body().contains("blacklisted until 2027-11-03"));
        assertTrue(bid(next, "agency-c", "10000").body().contains("credit grade E"));
        assertEquals(201, bid(next, "agency-b", "10000").status());
        assertTrue(shell("tongban:agency-list").contains("寿光市乙测绘有限公司"));
    }

    @Test
    public void theDemoNodeShowsAVerifiableDraw() throws Exception {
        String projects = Http.get(API + "/projects").body();
        assertTrue(projects, projects.contains("土地勘测定界——寿光市文家街道农贸市场改造项目") && projects.contains("RANDOM_DRAW"));
        Matcher drawn = Pattern.compile("\"id\":(\\d+),\"code\":\"[^\"]*\",\"serviceCode\":\"ZJ-KCDJ\"").matcher(projects);
        assertTrue(projects, drawn.find());
        String check = Http.get(API + "/projects/" + drawn.group(1) + "/verification").body();
        assertEquals(check, "true", Http.field(check, "matches"));
        assertTrue(Http.get(API + "/services?item=11370783000007919T4010000000005").body().contains("建设工程规划放线测量"));
        assertTrue(Http.get(API + "/agencies").body().contains("山东恒泰测绘有限公司"));
    }

    /** The audit details of one subject, one per line: only they are searched, a record's hashes and times may hold any digits. */
    private static String auditDetails(String subject) {
        Matcher detail = Pattern.compile("\"detail\":\"((?:[^\"\\\\]|\\\\.)*)\"")
                .matcher(Http.get("/api/v1/audit?subject=" + subject, "ops", "ops-demo").body());
        StringBuilder lines = new StringBuilder();
        while (detail.find()) {
            lines.append(detail.group(1)).append('\n');
        }
        return lines.toString();
    }
}
