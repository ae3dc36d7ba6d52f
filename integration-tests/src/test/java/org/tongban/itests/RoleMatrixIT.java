package org.tongban.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Every operation the city node's own OpenAPI document describes, called with no credentials, by every role, and by
 * a user of each role whose unit lies elsewhere (another county, department, point, agency or identity). The rules:
 * no credentials is 401 unless the operation is public; a role the operation's {@code x-roles} does not list is 403;
 * a listed role is never refused for its role; nothing answers 5xx or a stack trace; and no list read by an
 * out-of-scope user names a case of this node's hall.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RoleMatrixIT extends TongbanTestSupport {

    private static final String ELSEWHERE = "370725";   // 昌乐县: a county of the city, not the city's own hall
    private static final Pattern PATH = Pattern.compile("^    \"(/[^\"]*)\" : \\{$");
    private static final Pattern VERB = Pattern.compile("^      \"(get|post|put|delete|patch)\" : \\{$");
    private static final Pattern ROLES = Pattern.compile("^        \"x-roles\" : \\[ ?(.*?) ?]");
    /** A media type of an operation's request body (requestBody → content → type, twelve spaces in). */
    private static final Pattern CONSUMES = Pattern.compile("^            \"([a-z]+/[^\"]+)\" : \\{");

    /** Each role's account, and its double whose unit lies out of this hall's scope. */
    private static final Map<String, String[]> ROLE_USERS = new LinkedHashMap<>();

    static {
        ROLE_USERS.put("applicant", new String[] {"m-applicant", "applicant,identity:91350100M000100Y43", "applicant,identity:370783198805050013"});
        ROLE_USERS.put("clerk", new String[] {"m-clerk", "clerk,window:W01", "clerk,window:W01,division:" + ELSEWHERE});
        ROLE_USERS.put("reviewer", new String[] {"m-reviewer", "reviewer,department:11370783000007919T",
            "reviewer,department:11370725000000000X,division:" + ELSEWHERE});
        ROLE_USERS.put("agent", new String[] {"m-agent", "agent,point:P1", "agent,point:P9,division:" + ELSEWHERE});
        ROLE_USERS.put("agency", new String[] {"m-agency", "agency", "agency,agency:91370783MA3C0E5F55"});
        ROLE_USERS.put("supervisor", new String[] {"m-supervisor", "supervisor", "supervisor,division:" + ELSEWHERE});
        ROLE_USERS.put("ops", new String[] {"m-ops", "ops", null});
        ROLE_USERS.put("tablet", new String[] {"m-tablet", "tablet,window:W01", "tablet,window:W09,division:" + ELSEWHERE});
    }

    record Operation(String verb, String path, List<String> roles, String consumes) {
        boolean isPublic() {
            return roles.isEmpty();
        }

        String concrete() {
            // Every template filled with a value no object has: what is tested is who may ask, not what is found.
            return "/api" + path.replaceAll("\\{[^}]+}", "1");
        }
    }

    @Configuration
    public Option[] config() {
        List<Option> options = new ArrayList<>(List.of(distribution("city", "370700", "tongban-city"),
                editConfigurationFilePut("etc/org.tongban.node.cfg", "demo", "true")));
        ROLE_USERS.values().forEach(u -> {
            options.add(user(u[0], u[1]));
            if (u[2] != null) {
                options.add(user(u[0] + "-elsewhere", u[2]));
            }
        });
        return options.toArray(Option[]::new);
    }

    @Before
    public void ready() {
        awaitServing("/api/openapi.json");
        awaitPublished("/api/v1/cases", "/api/v1/surrogate/cases", "/api/v1/evaluations", "/api/v1/intermediary/projects",
                "/api/v1/supervision/cards");
    }

    static List<Operation> operations(String document) {
        List<Operation> out = new ArrayList<>();
        String path = null;
        String verb = null;
        String consumes = null;
        for (String line : document.split("\n")) {
            Matcher p = PATH.matcher(line);
            Matcher v = VERB.matcher(line);
            Matcher r = ROLES.matcher(line);
            Matcher c = CONSUMES.matcher(line);
            if (p.find()) {
                path = p.group(1);
            } else if (v.find()) {
                verb = v.group(1).toUpperCase();
                consumes = null;
            } else if (c.find() && verb != null && consumes == null) {
                consumes = c.group(1);
            } else if (r.find() && path != null && verb != null) {
                List<String> roles = r.group(1).isBlank() ? List.of()
                        : List.of(r.group(1).replace("\"", "").split(",\\s*"));
                out.add(new Operation(verb, path, roles, consumes));
                verb = null;
            }
        }
        return out;
    }

    private static Http.Reply call(Operation op, String user) {
        String body = op.verb().equals("GET") || op.verb().equals("DELETE") ? null : "{}";
        // The body in the type the operation takes: a request of another type is refused before anyone is asked who.
        String type = op.consumes() == null || op.consumes().contains("*") ? "application/json" : op.consumes();
        if (user == null) {
            return Http.request(op.verb(), op.concrete(), body, "Content-Type", type);
        }
        String basic = java.util.Base64.getEncoder().encodeToString((user + ":" + user + "-demo")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Http.request(op.verb(), op.concrete(), body, "Authorization", "Basic " + basic, "Content-Type", type);
    }

    private static void sane(Operation op, String who, Http.Reply r, List<String> faults) {
        if (r.status() >= 500 && r.status() != 502 && r.status() != 503 || r.body().contains("Exception") || r.body().contains("\tat ")) {
            faults.add(op.verb() + " " + op.path() + " as " + who + ": " + r.status() + " " + r.body().substring(0, Math.min(200, r.body().length())));
        }
    }

    /**
     * The document an integrator generates a client from passes Redocly's recommended rules (the CLI from the npm
     * registry, run with the machine's Node): no error.
     */
    @Test
    public void theDocumentPassesRedoclysRecommendedRules() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("openapi-lint");
        java.nio.file.Path doc = dir.resolve("openapi.json");
        java.nio.file.Files.writeString(doc, Http.get("/api/openapi.json").body());
        Process p = new ProcessBuilder("npx", "--yes", "@redocly/cli@2.77.0", "lint", "--format=stylish", doc.toString())
                .directory(dir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue("redocly lint finished", p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES));
        Matcher errors = Pattern.compile("(\\d+) errors?").matcher(out);
        boolean valid = out.contains("Your API description is valid") || out.contains("is valid");
        assertTrue("redocly lint of the node's own document:\n" + out.substring(Math.max(0, out.length() - 6000)),
                p.exitValue() == 0 && valid && !(errors.find() && !errors.group(1).equals("0")));
    }

    @Test
    public void everyOperationAnswersEveryRoleAsItsRolesSay() {
        List<Operation> ops = operations(Http.get("/api/openapi.json").body());
        assertTrue("the document lists the node's operations: " + ops.size(), ops.size() > 100);
        Matcher numbers = Pattern.compile("\"caseNumber\":\"([0-9A-Z]{20,})\"").matcher(
                Http.get("/api/v1/cases?limit=200", "supervisor", "supervisor-demo").body());
        List<String> hallCases = new ArrayList<>();
        while (numbers.find()) {
            hallCases.add(numbers.group(1));
        }
        assertFalse("the demo node has cases in its hall", hallCases.isEmpty());

        List<String> faults = new ArrayList<>();
        int calls = 0;
        for (Operation op : ops) {
            Http.Reply anonymous = call(op, null);
            calls++;
            sane(op, "nobody", anonymous, faults);
            if (!op.isPublic() && anonymous.status() != 401) {
                faults.add(op.verb() + " " + op.path() + " without credentials: " + anonymous.status() + ", not 401");
            }
            for (Map.Entry<String, String[]> role : ROLE_USERS.entrySet()) {
                if (op.isPublic()) {
                    continue;
                }
                Http.Reply r = call(op, role.getValue()[0]);
                calls++;
                sane(op, role.getKey(), r, faults);
                boolean refusedForRole = r.status() == 403 && r.body().contains("this needs one of the roles");
                if (op.roles().contains(role.getKey()) == refusedForRole || r.status() == 401) {
                    faults.add(op.verb() + " " + op.path() + " as " + role.getKey() + " (allowed: " + op.roles() + "): " + r.status());
                }
                if (role.getValue()[2] == null || !op.roles().contains(role.getKey())) {
                    continue;
                }
                Http.Reply elsewhere = call(op, role.getValue()[0] + "-elsewhere");
                calls++;
                sane(op, role.getKey() + " elsewhere", elsewhere, faults);
                if (op.verb().equals("GET") && elsewhere.status() == 200) {
                    hallCases.stream().filter(elsewhere.body()::contains).findFirst().ifPresent(n -> faults.add(
                            "GET " + op.path() + " as a " + role.getKey() + " of another hall names case " + n));
                }
            }
        }
        assertEquals(calls + " calls over " + ops.size() + " operations:\n" + String.join("\n", faults), List.of(), faults);
    }
}
