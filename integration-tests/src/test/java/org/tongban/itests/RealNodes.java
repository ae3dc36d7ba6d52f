package org.tongban.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Real nodes for multi-node tests: copies of the built distribution unpacked under a test's directory, set up with
 * bin/tongban init, started and stopped (or killed) with the distribution's own scripts, spoken to over HTTP.
 */
final class RealNodes {

    private final Path dir;
    private final List<Path> started = new ArrayList<>();

    RealNodes(Path dir) {
        this.dir = dir;
    }

    Path unpack(String name) throws Exception {
        Path target = Files.createDirectories(dir.resolve(name));
        assertEquals(0, run(target, "tar", "xzf", System.getProperty("tongban.assembly"), "--strip-components=1").exit());
        return target;
    }

    /** Sets a copy up with bin/tongban init. */
    static void init(Path home, String... args) throws Exception {
        String[] command = new String[args.length + 2];
        command[0] = "bin/tongban";
        command[1] = "init";
        System.arraycopy(args, 0, command, 2, args.length);
        Result r = run(home, command);
        assertEquals(0, r.exit(), r.output());
        testAccounts(home);
    }

    /**
     * The tests' accounts on a node init has set up (which disables the demo accounts and gives ops a password of its
     * own): the demo accounts again, as ops would add them, so the tests log in as the README's users do.
     */
    static void testAccounts(Path home) throws Exception {
        Path users = home.resolve("etc/tongban-users.properties");
        Files.writeString(users, Files.readString(users).replace("= !{CRYPT}", "= {CRYPT}"));
        user(home, "ops", "ops");
    }

    /** The base URL of a node set up at a port offset. */
    static String url(int portOffset) {
        return "http://127.0.0.1:" + (8181 + portOffset);
    }

    /** The tests' county (寿光市, 370783) at a port offset, reporting to nobody. */
    static void initCounty(Path home, int portOffset) throws Exception {
        init(home, "--level", "county", "--division", "370783", "--name", "寿光市政务服务中心", "--port-offset",
                Integer.toString(portOffset));
    }

    /** The tests' township (文家街道, 370783003) at a port offset, reporting to {@code upstream} (null: to nobody). */
    static void initTownship(Path home, int portOffset, String upstream) throws Exception {
        List<String> args = new ArrayList<>(List.of("--level", "township", "--division", "370783003", "--name",
                "文家街道便民服务中心", "--port-offset", Integer.toString(portOffset)));
        if (upstream != null) {
            args.addAll(List.of("--upstream", upstream));
        }
        init(home, args.toArray(String[]::new));
    }

    /** Gives the child an account at the parent (role node) and makes the child use it, with quick retries for tests. */
    static void link(Path parent, Path child, String user, String secret, int catalogPullSeconds) throws Exception {
        String hash = java.util.HexFormat.of().withUpperCase().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.UTF_8)));
        Files.writeString(parent.resolve("etc/tongban-users.properties"), "\n" + user + " = {CRYPT}" + hash + "{CRYPT},node\n",
                StandardOpenOption.APPEND);
        // The child keeps the link's password in its secret store, as ops are told to: the setting only names it.
        Path file = Files.createTempFile("link", ".secret");
        Files.writeString(file, secret + "\n");
        Result stored = run(child, "bin/tongban", "secret", "link.password", file.toString());
        Files.delete(file);
        assertEquals(0, stored.exit(), stored.output());
        assertFalse(Files.readString(child.resolve("etc/tongban-secrets.p12"), StandardCharsets.ISO_8859_1).contains(secret));
        Files.writeString(child.resolve("etc/org.tongban.sync.cfg"), "upstream =\nuser = " + user + "\npassword = secret:link.password"
                + "\nbatchSize = 50\nperiodMillis = 300\ninitialBackoffMillis = 300\nmaxBackoffMillis = 2000\ncatalogPullSeconds = "
                + catalogPullSeconds + "\n");
    }

    /** Adds a REST user with the password {@code <name>-demo}. */
    static void user(Path home, String name, String role) throws Exception {
        String hash = java.util.HexFormat.of().withUpperCase().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest((name + "-demo").getBytes(StandardCharsets.UTF_8)));
        Files.writeString(home.resolve("etc/tongban-users.properties"), "\n" + name + " = {CRYPT}" + hash + "{CRYPT}," + role + "\n",
                StandardOpenOption.APPEND);
    }

    /** The end of a node's log, for a failure's message. */
    static String logTail(Path home, int lines) {
        try {
            List<String> all = Files.readAllLines(home.resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The warnings, errors and lines about one subject in a node's log, for a failure's message. */
    static String logLines(Path home, String pattern) {
        try {
            return String.join("\n", Files.readAllLines(home.resolve("data/log/karaf.log"), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.matches(".*(WARN|ERROR|Exception|" + pattern + ").*")).limit(80).toList());
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Removes a directory tree (the nodes of a test that passed). */
    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Adds a feature to the copy's boot features, beside its level profile (before its first start). */
    static void bootFeature(Path home, String feature) throws Exception {
        Path cfg = home.resolve("etc/org.apache.karaf.features.cfg");
        String features = Files.readString(cfg);
        String changed = features.replaceFirst("(tongban-(city|county|township|village)(/[0-9A-Za-z.]+)?)(?=[,\\s])", "$1, " + feature);
        assertTrue(!changed.equals(features), "no level profile among the boot features of " + home);
        Files.writeString(cfg, changed);
    }

    /** A county node set up with init at this port offset and turned into a demo node (demo data, demo accounts). */
    Path demoCounty(int offset) throws Exception {
        Path county = unpack("county");
        initCounty(county, offset);
        demo(county);
        return county;
    }

    static void demo(Path home) throws Exception {
        Files.writeString(home.resolve("etc/org.tongban.node.cfg"),
                Files.readString(home.resolve("etc/org.tongban.node.cfg")).replace("demo = false", "demo = true"));
    }

    void start(Path home, String base) throws Exception {
        launch(home);
        awaitReady(base);
    }

    /**
     * Starts the nodes at once and waits for each to be ready: their boots overlap (each waits on disk and on its
     * parent as much as on a core), and nodes that link up retry until the other answers, as after any outage.
     */
    void startTogether(Path[] homes, String[] bases) throws Exception {
        for (Path home : homes) {
            launch(home);
        }
        for (String base : bases) {
            awaitReady(base);
        }
    }

    /** JVM options of the tests' nodes: they live minutes, so a quick start beats peak speed (see TongbanTestSupport). */
    static final String TEST_JVM = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    private void launch(Path home) throws Exception {
        ProcessBuilder start = new ProcessBuilder("bin/start").directory(home.toFile()).redirectErrorStream(true);
        start.environment().put("EXTRA_JAVA_OPTS", TEST_JVM);
        Process p = start.start();
        p.getOutputStream().close();
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "bin/start timed out");
        if (!started.contains(home)) {
            started.add(home);
        }
    }

    private static void awaitReady(String base) throws Exception {
        try {
            await("node up at " + base).atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200))
                    .until(() -> upSays(base));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // What readiness says it waits for: the one clue a stuck boot leaves (the node's log has each change too).
            HttpResponse<String> health = getAs(base + "/api/v1/health", "ops", "ops-demo");
            throw new AssertionError("not ready at " + base + ": " + (health == null ? "no answer" : health.body()), e);
        }
        everyPathServed(base);
    }

    /** Health answers 200 with its own body saying UP (not merely some 200 from a server still being set up). */
    static boolean upSays(String base) {
        HttpResponse<String> r;
        try {
            r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/health")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return r.statusCode() == 200 && r.body().contains("\"status\":\"UP\"");
    }

    /**
     * Readiness tells the truth: at its first 200, on a first boot as after a restart or a kill -9, every GET path the
     * node's API describes (those with no path parameter) is served, none answering "no resource at this path" or 503.
     */
    static void everyPathServed(String base) throws Exception {
        List<String> unserved = new ArrayList<>();
        List<String> paths = getPaths(base);
        for (String path : paths) {
            HttpResponse<String> r = getAs(base + "/api" + path, "ops", "ops-demo");
            if (r == null || r.statusCode() == 503 || r.body().contains("no resource at this path")) {
                unserved.add(path + " " + (r == null ? "no answer" : r.statusCode()));
            }
        }
        int asked = paths.size();
        assertTrue(asked >= 4, "paths asked: " + paths);
        assertTrue(unserved.isEmpty(), "ready but not serving: " + unserved);
    }

    /** A path of each capability, for a node without the API description (a village runs no tongban-apidoc). */
    private static final Map<String, String> PROBES = Map.of(
            "tongban-catalog", "/v1/catalog/items", "tongban-intake", "/v1/cases", "tongban-surrogate", "/v1/surrogate/cases",
            "tongban-sync", "/v1/sync/status", "tongban-evaluation", "/v1/evaluations/appeals",
            "tongban-supervision", "/v1/supervision/cards", "tongban-intermediary", "/v1/intermediary/services",
            "tongban-provincial-sync", "/v1/provincial/status");

    /** The GET paths without parameters the node's API description lists, else one of each capability it runs. */
    private static List<String> getPaths(String base) throws Exception {
        HttpResponse<String> doc = getAs(base + "/api/openapi.json", "ops", "ops-demo");
        List<String> paths = new ArrayList<>();
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        if (doc != null && doc.statusCode() == 200) {
            for (var it = mapper.readTree(doc.body()).path("paths").fields(); it.hasNext(); ) {
                var path = it.next();
                if (!path.getKey().contains("{") && path.getValue().has("get")) {
                    paths.add(path.getKey());
                }
            }
            return paths;
        }
        HttpResponse<String> node = getAs(base + "/api/v1/node", "ops", "ops-demo");
        assertTrue(node != null && node.statusCode() == 200, "GET /api/v1/node: " + (node == null ? "no answer" : node.body()));
        paths.add("/v1/node");
        mapper.readTree(node.body()).path("capabilities").forEach(c -> {
            if (PROBES.containsKey(c.asText())) {
                paths.add(PROBES.get(c.asText()));
            }
        });
        return paths;
    }

    void stopAll() throws Exception {
        for (Path home : started) {
            stop(home);
        }
    }

    /** The hard way: no shutdown, no flush; the node's next start recovers from its transaction log. */
    static void kill9(Path home) throws Exception {
        long pid = Long.parseLong(Files.readString(home.resolve("karaf.pid")).trim());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        await().atMost(Duration.ofSeconds(30)).until(() -> !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        Files.deleteIfExists(home.resolve("karaf.pid"));
    }

    static void stop(Path home) throws Exception {
        if (Files.exists(home.resolve("karaf.pid"))) {
            String pid = Files.readString(home.resolve("karaf.pid")).trim();
            Result stop = run(home, "bin/stop");
            try {
                await().atMost(Duration.ofSeconds(60)).until(() -> !ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false));
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                // Once in a CI run a node's log never showed bin/stop's command arriving. Tearing down must still free
                // the machine for the next test; say so loudly rather than fail a test whose assertions all held.
                System.err.println("RealNodes: " + home + " did not stop within 60 s of bin/stop (exit " + stop.exit()
                        + ", said: " + stop.output().strip() + "); killing it");
                kill9(home);
            }
        }
    }

    record Result(int exit, String output) {
    }

    static Result run(Path cwd, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + List.of(command));
        return new Result(p.exitValue(), out);
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8));
    }

    static int status(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The status of a GET with these credentials; -1 when nothing answered. */
    static int status(String url, String user, String password) {
        HttpResponse<String> r = getAs(url, user, password);
        return r == null ? -1 : r.statusCode();
    }

    /** A GET with these credentials: the body ("" when nothing answered). */
    static String get(String url, String user, String password) {
        HttpResponse<String> r = getAs(url, user, password);
        return r == null ? "" : r.body();
    }

    private static HttpResponse<String> getAs(String url, String user, String password) {
        try {
            String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static String get(String url, String user) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic(user)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    static HttpResponse<String> post(String url, String user, String json) throws Exception {
        return post(url, user, user + "-demo", json);
    }

    static HttpResponse<String> post(String url, String user, String password, String json) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The body of a reply that must have this status (the body is the message when it has not). */
    static String ok(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        return r.body();
    }

    /** An offset whose HTTP, SSH and RMI ports are all free now. */
    /** 食品经营许可 of the demo catalogue (county and city). */
    static final String FOOD = "11370783000007919T4010000000003";

    /** A complete window application for {@link #FOOD} by a company, submitted by the clerk; its case number. */
    static String submitFoodCase(String base) throws Exception {
        String materials = String.join(",", List.of("M01", "M02", "M03", "M04").stream()
                .map(c -> "{\"code\":\"" + c + "\",\"fileRef\":\"scan/" + c + ".pdf\",\"eCertificateRef\":null}").toList());
        String body = "{\"itemCode\":\"" + FOOD + "\",\"applicant\":{\"type\":\"ORGANISATION\",\"name\":\"寿光市某某食品有限公司\","
                + "\"idNumber\":\"91350100M000100Y43\",\"mobile\":\"13800138000\"},\"form\":{},\"materials\":[" + materials
                + "],\"channel\":\"WINDOW\",\"commitmentSigned\":false}";
        HttpResponse<String> r = post(base + "/api/v1/cases", "clerk", body);
        assertEquals(201, r.statusCode(), r.body());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"caseNumber\":\"([^\"]+)\"").matcher(r.body());
        assertTrue(m.find());
        return m.group(1);
    }

    /** The subjectSeq of each event in an inbox listing, in the order listed. */
    static List<Long> subjectSeqs(String inbox) {
        List<Long> seqs = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"subjectSeq\":(\\d+)").matcher(inbox);
        while (m.find()) {
            seqs.add(Long.parseLong(m.group(1)));
        }
        return seqs;
    }

    static int freeOffset(int from) throws IOException {
        // Tests run in two JVMs at once (failsafe's forks): each probes its own range, so two never take one offset.
        int fork = Integer.getInteger("tongban.fork", 1);
        for (int offset = from + 1700 * (fork - 1); offset < 9000; offset += 37) {
            List<ServerSocket> held = new ArrayList<>();
            try {
                for (int base : new int[] {8181, 8443, 8101, 1099, 44444}) {
                    held.add(new ServerSocket(base + offset));
                }
                return offset;
            } catch (IOException busy) {
                // try the next offset
            } finally {
                for (ServerSocket s : held) {
                    s.close();
                }
            }
        }
        throw new IOException("no free port offset");
    }
}
