package org.tongban.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real nodes on loopback, each a copy of the built distribution set up with bin/tongban init: a township that
 * reports to a county and takes its catalogue from it. Cases submitted at the township reach the county's inbox; with
 * the county stopped the township keeps taking cases in, and once the county is back every event arrives exactly
 * once, in order per case; the same after a kill -9 of the county in the middle of a burst.
 */
class SyncNodesIT {

    @TempDir
    Path dir;

    private final List<Path> started = new ArrayList<>();

    @AfterEach
    void stopAll() throws Exception {
        for (Path home : started) {
            stop(home);
        }
    }

    @Test
    void eventsTravelUpOnceAndInOrderThroughAnOutage() throws Exception {
        int countyOffset = freeOffset(3100);
        int townshipOffset = freeOffset(countyOffset + 37);
        Path county = unpack("county");
        Path township = unpack("township");
        assertEquals(0, run(county, "bin/tongban", "init", "--level", "county", "--division", "370783", "--name", "寿光市",
                "--port-offset", Integer.toString(countyOffset)).exit());
        String countyUrl = "http://127.0.0.1:" + (8181 + countyOffset);
        assertEquals(0, run(township, "bin/tongban", "init", "--level", "township", "--division", "370783003", "--name", "文家街道",
                "--upstream", countyUrl, "--port-offset", Integer.toString(townshipOffset)).exit());
        // The township's account at the county (its password's SHA-256 in upper-case hex), and its use of it.
        String hash = java.util.HexFormat.of().withUpperCase().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest("sync-secret".getBytes(StandardCharsets.UTF_8)));
        Files.writeString(county.resolve("etc/tongban-users.properties"), "\ntownship-370783003 = {CRYPT}" + hash + "{CRYPT},node\n",
                StandardOpenOption.APPEND);
        Files.writeString(township.resolve("etc/org.tongban.sync.cfg"), "upstream =\nuser = township-370783003\n"
                + "password = sync-secret\nbatchSize = 50\nperiodMillis = 300\ninitialBackoffMillis = 300\nmaxBackoffMillis = 2000\n"
                + "catalogPullSeconds = 2\n");
        // Only the county has the (demo) catalogue: the township gets it by pulling from its parent.
        Files.writeString(county.resolve("etc/org.tongban.node.cfg"),
                Files.readString(county.resolve("etc/org.tongban.node.cfg")).replace("demo = false", "demo = true"));
        String townshipUrl = "http://127.0.0.1:" + (8181 + townshipOffset);

        start(county, countyUrl);
        start(township, townshipUrl);
        await("the county's catalogue pulled by the township").atMost(Duration.ofSeconds(60))
                .until(() -> status(townshipUrl + "/api/v1/catalog/items/" + FOOD) == 200);
        assertTrue(get(townshipUrl + "/api/v1/sync/status", "ops").contains("\"lastCatalogPull\":\"20"));

        String first = submit(townshipUrl);
        await("first case at the county").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> get(countyUrl + "/api/v1/sync/inbox?subject=case:" + first, "ops").contains("case.accepted"));

        // The county goes away; the township goes on taking cases in.
        stop(county);
        List<String> during = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            during.add(submit(townshipUrl));
        }
        await("the township notices").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> get(townshipUrl + "/api/v1/sync/status", "ops").matches(".*\"failuresInARow\":[1-9].*"));
        String waiting = get(townshipUrl + "/api/v1/sync/status", "ops");
        assertTrue(waiting.matches(".*\"pending\":([1-9]\\d*).*"), waiting);

        start(county, countyUrl);
        await("the queue drains").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> get(townshipUrl + "/api/v1/sync/status", "ops").contains("\"pending\":0"));
        for (String number : during) {
            String inbox = get(countyUrl + "/api/v1/sync/inbox?subject=case:" + number, "ops");
            List<Long> seqs = new ArrayList<>();
            Matcher m = Pattern.compile("\"subjectSeq\":(\\d+)").matcher(inbox);
            while (m.find()) {
                seqs.add(Long.parseLong(m.group(1)));
            }
            assertEquals(List.of(1L, 2L), seqs, "each event of " + number + " once, in order: " + inbox);
            assertTrue(inbox.contains("\"originNode\":\"township-370783003\"") && inbox.contains("\"receivedFrom\":\"township-370783003\""));
        }

        // kill -9 of the county while a burst is being delivered: nothing lost, nothing stored twice.
        List<String> burst = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            burst.add(submit(townshipUrl));
        }
        kill9(county);
        start(county, countyUrl);
        await("the burst drains").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> get(townshipUrl + "/api/v1/sync/status", "ops").contains("\"pending\":0"));
        for (String number : burst) {
            String inbox = get(countyUrl + "/api/v1/sync/inbox?subject=case:" + number, "ops");
            assertEquals(2, inbox.split("\"subjectSeq\"").length - 1, "each event of " + number + " once: " + inbox);
        }
        assertTrue(get(countyUrl + "/api/v1/audit/verify", "ops").contains("\"intact\":true"));
        assertTrue(get(townshipUrl + "/api/v1/sync/status", "ops").contains("\"failuresInARow\":0"));
        assertEquals(401, status(countyUrl + "/api/v1/sync/inbox"));
    }

    private static final String FOOD = "11370783000007919T4010000000003";

    private static String submit(String base) throws Exception {
        String materials = String.join(",", List.of("M01", "M02", "M03", "M04").stream()
                .map(c -> "{\"code\":\"" + c + "\",\"fileRef\":\"scan/" + c + ".pdf\",\"eCertificateRef\":null}").toList());
        String body = "{\"itemCode\":\"" + FOOD + "\",\"applicant\":{\"type\":\"ORGANISATION\",\"name\":\"寿光市某某食品有限公司\","
                + "\"idNumber\":\"91350100M000100Y43\",\"mobile\":\"13800138000\"},\"form\":{},\"materials\":[" + materials
                + "],\"channel\":\"WINDOW\",\"commitmentSigned\":false}";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/cases"))
                .header("Authorization", basic("clerk")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
        Matcher m = Pattern.compile("\"caseNumber\":\"([^\"]+)\"").matcher(r.body());
        assertTrue(m.find());
        return m.group(1);
    }

    private Path unpack(String name) throws Exception {
        Path target = Files.createDirectories(dir.resolve(name));
        assertEquals(0, run(target, "tar", "xzf", System.getProperty("tongban.assembly"), "--strip-components=1").exit());
        return target;
    }

    private void start(Path home, String base) throws Exception {
        run(home, "bin/start");
        if (!started.contains(home)) {
            started.add(home);
        }
        await("node up at " + base).atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> status(base + "/api/v1/health") == 200);
    }

    /** The hard way: no shutdown, no flush; the node's next start recovers from its transaction log. */
    private static void kill9(Path home) throws Exception {
        long pid = Long.parseLong(Files.readString(home.resolve("karaf.pid")).trim());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        await().atMost(Duration.ofSeconds(30)).until(() -> !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        Files.deleteIfExists(home.resolve("karaf.pid"));
    }

    private static void stop(Path home) throws Exception {
        if (Files.exists(home.resolve("karaf.pid"))) {
            String pid = Files.readString(home.resolve("karaf.pid")).trim();
            run(home, "bin/stop");
            await().atMost(Duration.ofSeconds(60)).until(() -> !ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false));
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Path cwd, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + List.of(command));
        return new Result(p.exitValue(), out);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8));
    }

    private static int status(String url) {
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

    private static String get(String url, String user) {
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

    /** An offset whose HTTP, SSH and RMI ports are all free now. */
    private static int freeOffset(int from) throws IOException {
        for (int offset = from; offset < 9000; offset += 37) {
            List<ServerSocket> held = new ArrayList<>();
            try {
                for (int base : new int[] {8181, 8101, 1099, 44444}) {
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
