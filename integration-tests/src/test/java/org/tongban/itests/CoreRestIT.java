package org.tongban.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** Core's REST paths and shell commands on a booted township node, over real HTTP and the real realm. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CoreRestIT extends TongbanTestSupport {

    private static final String PROBLEM = "application/problem+json";

    @Configuration
    public Option[] config() {
        return new Option[] {distribution("township", "370783003", "tongban-township")};
    }

    @Before
    public void ready() {
        awaitServing("/api/openapi.json");
    }

    @Test
    public void healthNeedsNoLogin() {
        Http.Reply health = Http.get("/api/v1/health");
        assertEquals(200, health.status());
        assertTrue(health.body(), health.body().contains("\"datasource\":\"UP\""));
        assertTrue("the calendar's coverage, UP or a warning naming the provisional year and its file: " + health.body(),
                health.body().matches(".*\"calendar\":\"(UP: official 2025-20\\d\\d|WARN: 20\\d\\d is provisional.*\\.cal.*)\".*"));
    }

    @Test
    public void nodeAnswersAnyRoleWithItsIdentity() {
        Http.Reply node = Http.get("/api/v1/node", "clerk", "clerk-demo");
        assertEquals(200, node.status());
        assertTrue(node.body(), node.body().contains("\"id\":\"it-township\""));
        assertTrue(node.body(), node.body().contains("\"divisionCode\":\"370783003\""));
    }

    @Test
    public void personalDataIsNeverStoredAndNoAnswerIsSniffedOrFramed() {
        Http.Reply node = Http.get("/api/v1/node", "clerk", "clerk-demo");
        assertEquals("no-store", node.header("Cache-Control"));
        assertEquals("nosniff", node.header("X-Content-Type-Options"));
        assertEquals("DENY", node.header("X-Frame-Options"));
        assertEquals("no-referrer", node.header("Referrer-Policy"));
        assertEquals("an unauthenticated answer too", "no-store", Http.get("/api/v1/node").header("Cache-Control"));
        assertEquals("public, max-age=60", Http.get("/api/v1/catalog/items").header("Cache-Control"));
    }

    @Test
    public void opsManageAccountsAndRepeatedFailuresLockOne() {
        assertEquals(403, Http.post("/api/v1/accounts", "clerk", "clerk-demo", "{\"user\":\"x\",\"roles\":[\"ops\"]}").status());
        Http.Reply bad = Http.post("/api/v1/accounts", "ops", "ops-demo", "{\"user\":\"r-1\",\"roles\":[\"reviewer\",\"wizard\"],"
                + "\"units\":[\"division:12\"]}");
        assertEquals(bad.body(), 400, bad.status());
        assertTrue(bad.body(), bad.body().contains("'wizard' is no role") && bad.body().contains("division:12 is no division code")
                && bad.body().contains("a reviewer names its department"));
        Http.Reply added = Http.post("/api/v1/accounts", "ops", "ops-demo", "{\"user\":\"reviewer-housing\",\"roles\":[\"reviewer\"],"
                + "\"units\":[\"department:11370783000031676J\",\"division:370783003\"]}");
        assertEquals(added.body(), 201, added.status());
        assertEquals("no-store", added.header("Cache-Control"));
        String generated = Http.field(added.body(), "password");
        Http.Reply first = Http.get("/api/v1/node", "reviewer-housing", generated);
        assertEquals(first.body(), 403, first.status());
        assertTrue(first.body(), first.body().contains("password-change-required"));
        Http.Reply weak = Http.post("/api/v1/accounts/me/password", "reviewer-housing", generated,
                "{\"current\":\"" + generated + "\",\"password\":\"short\"}");
        assertEquals(weak.body(), 400, weak.status());
        String password = "Housing-bureau-7";
        assertEquals(200, Http.post("/api/v1/accounts/me/password", "reviewer-housing", generated,
                "{\"current\":\"" + generated + "\",\"password\":\"" + password + "\"}").status());
        assertEquals(200, Http.get("/api/v1/node", "reviewer-housing", password).status());
        assertTrue(Http.get("/api/v1/accounts", "ops", "ops-demo").body().contains("\"user\":\"reviewer-housing\",\"enabled\":true"));

        for (int i = 0; i < 5; i++) {
            assertEquals(401, Http.get("/api/v1/node", "reviewer-housing", "guess-" + i).status());
        }
        Http.Reply locked = Http.get("/api/v1/node", "reviewer-housing", password + "-not-cached");
        assertEquals(locked.body(), 429, locked.status());
        assertTrue(locked.header("Retry-After"), Integer.parseInt(locked.header("Retry-After")) > 0);
        String audit = Http.get("/api/v1/audit?subject=account:reviewer-housing", "ops", "ops-demo").body();
        assertTrue(audit, audit.contains("account.added") && audit.contains("login.locked"));

        assertEquals(200, Http.post("/api/v1/accounts/reviewer-housing/disable", "ops", "ops-demo", "").status());
        assertEquals(404, Http.post("/api/v1/accounts/nobody/disable", "ops", "ops-demo", "").status());
    }

    /**
     * The hall pages' session: an HttpOnly, SameSite=Strict cookie; a change without the session's CSRF token is
     * refused; logging out ends it. Bad logins are problems, never 500s.
     */
    @Test
    public void aBrowserSessionNeedsItsTokenForChangesAndEndsAtLogout() {
        Http.Reply login = Http.request("POST", "/api/v1/session", "{\"user\":\"supervisor\",\"password\":\"supervisor-demo\"}");
        assertEquals(login.body(), 201, login.status());
        String setCookie = login.header("Set-Cookie");
        assertTrue(setCookie, setCookie.startsWith("TONGBAN_SESSION=") && setCookie.contains("HttpOnly")
                && setCookie.contains("SameSite=Strict") && setCookie.contains("Path=/"));
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        String token = Http.field(login.body(), "csrfToken");
        assertEquals(43, token.length());
        assertFalse("the cookie's value is not in the body", login.body().contains(cookie.substring(16)));

        assertEquals(200, Http.request("GET", "/api/v1/audit?limit=1", null, "Cookie", cookie).status());
        assertEquals(token, Http.field(Http.request("GET", "/api/v1/session", null, "Cookie", cookie).body(), "csrfToken"));
        Http.Reply noToken = Http.request("POST", "/api/v1/supervision/scan", "", "Cookie", cookie);
        assertEquals(noToken.body(), 403, noToken.status());
        assertTrue(noToken.body(), noToken.body().contains("csrf"));
        assertEquals(403, Http.request("POST", "/api/v1/supervision/scan", "", "Cookie", cookie, "X-CSRF-Token", token + "x").status());
        assertEquals(200, Http.request("POST", "/api/v1/supervision/scan", "", "Cookie", cookie, "X-CSRF-Token", token).status());
        assertEquals("roles hold in a session as in Basic", 403, Http.request("GET", "/api/v1/accounts", null, "Cookie", cookie).status());

        assertEquals(204, Http.request("DELETE", "/api/v1/session", null, "Cookie", cookie, "X-CSRF-Token", token).status());
        Http.Reply after = Http.request("GET", "/api/v1/audit?limit=1", null, "Cookie", cookie);
        assertEquals(after.body(), 401, after.status());
        assertEquals(401, Http.request("GET", "/api/v1/audit", null, "Cookie", "TONGBAN_SESSION=" + "A".repeat(4000)).status());

        assertEquals(401, Http.request("POST", "/api/v1/session", "{\"user\":\"supervisor\",\"password\":\"wrong\"}").status());
        assertEquals(400, Http.request("POST", "/api/v1/session", "{\"user\":\"supervisor\"}").status());
        assertEquals(400, Http.request("POST", "/api/v1/session", "{\"user\":").status());
        assertEquals(400, Http.request("POST", "/api/v1/session", "{\"user\":\"" + "x".repeat(5000) + "\",\"password\":\"p\"}").status());
    }

    /** No identity provider is installed: a bearer token, however formed, is a 401 problem with a Bearer challenge. */
    @Test
    public void aBearerTokenNoProviderVerifiesIs401() {
        for (String token : new String[] {"eyJhbGciOiJSUzI1NiJ9.e30.c2ln", "x".repeat(6000), ""}) {
            Http.Reply r = Http.request("GET", "/api/v1/audit", null, "Authorization", "Bearer " + token);
            assertEquals(r.body(), 401, r.status());
            assertEquals(PROBLEM, r.contentType());
            assertTrue(r.header("WWW-Authenticate"), r.header("WWW-Authenticate").startsWith("Bearer"));
        }
        Http.Reply oversized = Http.request("GET", "/api/v1/audit", null, "Authorization", "Bearer " + "x".repeat(20000));
        assertEquals("over the header limit: a problem, not a 500", 431, oversized.status());
    }

    @Test
    public void noCredentialsIs401Problem() {
        Http.Reply reply = Http.get("/api/v1/node");
        assertEquals(401, reply.status());
        assertTrue(reply.contentType(), reply.contentType().startsWith(PROBLEM));
        assertTrue(reply.body(), reply.body().contains("\"status\":401"));
    }

    @Test
    public void wrongPasswordIs401() {
        assertEquals(401, Http.get("/api/v1/node", "clerk", "not-the-password").status());
    }

    @Test
    public void wrongRoleIs403Problem() {
        Http.Reply reply = Http.get("/api/v1/audit/verify", "clerk", "clerk-demo");
        assertEquals(403, reply.status());
        assertTrue(reply.contentType().startsWith(PROBLEM));
    }

    @Test
    public void calendarCountsOfficialWorkingDays() {
        Http.Reply due = Http.get("/api/v1/calendar/add?date=2025-09-26&days=5", "clerk", "clerk-demo");
        assertEquals(due.body(), 200, due.status());
        assertTrue(due.body(), due.body().contains("\"due\":\"2025-10-10\""));
        Http.Reply sunday = Http.get("/api/v1/calendar/working-day?date=2025-09-28", "clerk", "clerk-demo");
        assertTrue(sunday.body(), sunday.body().contains("\"workingDay\":true"));
    }

    @Test
    public void aYearWithoutAFileIsProvisionalNotRefused() {
        Http.Reply reply = Http.get("/api/v1/calendar/add?date=2031-03-02&days=3", "clerk", "clerk-demo");
        assertEquals(reply.body(), 200, reply.status());
        assertTrue(reply.body(), reply.body().contains("\"due\":\"2031-03-05\"") && reply.body().contains("\"provisional\":true"));
        Http.Reply official = Http.get("/api/v1/calendar/add?date=2025-09-26&days=5", "clerk", "clerk-demo");
        assertTrue(official.body(), official.body().contains("\"provisional\":false"));
        Http.Reply beyond = Http.get("/api/v1/calendar/add?date=2100-03-02&days=3", "clerk", "clerk-demo");
        assertEquals(422, beyond.status());
        assertTrue(beyond.contentType().startsWith(PROBLEM));
    }

    @Test
    public void badInputIs400Problem() {
        Http.Reply reply = Http.get("/api/v1/calendar/add?date=2025-13-40&days=3", "clerk", "clerk-demo");
        assertEquals(400, reply.status());
        assertTrue(reply.contentType().startsWith(PROBLEM));
    }

    @Test
    public void validatesIdentityNumbers() {
        // Personal numbers go in the body: a URL ends up in access logs and proxies.
        assertTrue(Http.post("/api/v1/validation/resident-id", "clerk", "clerk-demo", "{\"value\":\"11010519491231002X\"}").body()
                .contains("\"valid\":true"));
        Http.Reply wrong = Http.post("/api/v1/validation/resident-id", "clerk", "clerk-demo", "{\"value\":\"110105194912310021\"}");
        assertTrue(wrong.body().contains("\"valid\":false") && !wrong.body().contains("110105194912310021"));
        assertTrue(Http.post("/api/v1/validation/mobile", "clerk", "clerk-demo", "{\"value\":\"13800138000\"}").body()
                .contains("\"valid\":true"));
        Http.Reply early = Http.get("/api/v1/validation/credit-code/91350100M000100Y44", "clerk", "clerk-demo");
        assertTrue(early.body(), early.body().contains("\"valid\":true") && early.body().contains("checksum"));
    }

    @Test
    public void openApiDescribesTheInstalledApiWithoutLogin() {
        Http.Reply doc = Http.get("/api/openapi.json");
        assertEquals(200, doc.status());
        assertTrue(doc.body(), doc.body().contains("\"openapi\" : \"3.") && doc.body().contains("\"/v1/node\"")
                && doc.body().contains("\"/v1/calendar/add\"") && doc.body().contains("basicAuth"));
        Http.Reply ui = Http.get("/api/docs/index.html");
        assertEquals(200, ui.status());
        assertTrue(ui.contentType(), ui.contentType().startsWith("text/html"));
        assertTrue(Http.get("/api/docs/swagger-initializer.js").body().contains("/api/openapi.json"));
        assertEquals("the bare docs path leads to the UI", "/api/docs/index.html", Http.location("/api/docs"));
    }

    /** A client that announces more body than it sends and stops sending hears a 400, and nothing is stored. */
    @Test
    public void aBodyCutOffIsA400() throws Exception {
        assertCutOffIs400("/api/v1/files", "clerk", "application/pdf", "%PDF-1.4 partial");
        assertCutOffIs400("/api/v1/catalog/items/import", "ops", "application/json", "{\"format\":\"tongban-catalog/1\",\"it");
    }

    private static void assertCutOffIs400(String path, String user, String contentType, String part) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", Http.port())) {
            socket.setSoTimeout(30_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic "
                    + java.util.Base64.getEncoder().encodeToString((user + ":" + user + "-demo").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    + "\r\nContent-Type: " + contentType + "\r\nX-File-Name: scan.pdf\r\nContent-Length: 5000\r\n\r\n" + part;
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(path + ": " + answer, answer.startsWith("HTTP/1.1 400") && answer.contains("body-ended-early"));
        }
    }

    /**
     * What Jetty answers itself, before or outside the REST application, is a problem too, never an HTML page naming
     * Java exceptions: a charset nobody knows (CXF fails reading it before any mapper runs), a path outside the API,
     * a control character in the path, a URI or headers over the limits.
     */
    @Test
    public void answersJettyGivesItselfAreProblems() throws Exception {
        String auth = "Authorization: Basic " + java.util.Base64.getEncoder().encodeToString("clerk:clerk-demo".getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "\r\n";
        assertRawProblem("POST /api/v1/cases HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth
                + "Content-Type: application/json; charset=no-such-charset\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}", 400, "unsupported-charset");
        assertRawProblem("GET /not-the-api HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", 404, "not-found");
        assertRawProblem("DELETE /not-the-api HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", 404, "not-found");
        assertRawProblem("GET /api/v1/cases/%00 HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + "Connection: close\r\n\r\n", 400, "bad-message");
        assertRawProblem("GET /api/v1/cases?q=" + "a".repeat(9000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", 414, "uri-too-long");
        assertRawProblem("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + "a".repeat(9000)
                + "\r\nConnection: close\r\n\r\n", 431, "headers-too-large");
        // The node still answers normally afterwards.
        assertEquals(200, Http.get("/api/v1/health").status());
    }

    private static void assertRawProblem(String request, int status, String kind) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", Http.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            String what = request.substring(0, Math.min(60, request.length())) + " -> " + answer;
            assertTrue(what, answer.startsWith("HTTP/1.1 " + status));
            assertTrue(what, answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"));
            assertTrue(what, answer.contains("\"type\":\"https://tongban.org/problems/" + kind + "\""));
            assertTrue("no Java names in the answer: " + what, !answer.contains("java.") && !answer.contains("Exception"));
        }
    }

    @Test
    public void unknownPathIs404Problem() {
        Http.Reply reply = Http.get("/api/v1/no-such-capability", "ops", "ops-demo");
        assertEquals(404, reply.status());
        assertTrue(reply.contentType().startsWith(PROBLEM));
        Http.Reply notANumber = Http.get("/api/v1/cases?limit=abc", "clerk", "clerk-demo");
        assertEquals("a parameter of the wrong form is a bad request, not a missing path: " + notANumber.body(), 400, notANumber.status());
        assertTrue(notANumber.body(), notANumber.contentType().startsWith(PROBLEM) && notANumber.body().contains("bad-parameter"));
    }

    @Test
    public void auditChainVerifiesOverRestAndShell() throws Exception {
        Http.Reply verify = Http.get("/api/v1/audit/verify", "supervisor", "supervisor-demo");
        assertEquals(200, verify.status());
        assertTrue(verify.body(), verify.body().contains("\"intact\":true"));
        assertTrue(shell("tongban:audit-verify").contains("intact"));
    }

    @Test
    public void shellShowsNodeAndCalendar() throws Exception {
        String info = shell("tongban:node-info");
        assertTrue(info, info.contains("it-township") && info.contains("tongban-core"));
        String calendar = shell("tongban:calendar-check 2026-02-13 1");
        assertTrue(calendar, calendar.contains("2025: 248 working days") && calendar.contains("2026-02-14"));
    }
}
