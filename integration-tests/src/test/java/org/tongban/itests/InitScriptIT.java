package org.tongban.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/tongban init on a fresh copy of the distribution archive, then a real start of the node it set up. */
class InitScriptIT {

    @TempDir
    Path dir;

    private Path home;

    @BeforeEach
    void unpack() throws Exception {
        run(dir, "tar", "xzf", System.getProperty("tongban.assembly"));
        try (var entries = Files.list(dir)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (Files.exists(home.resolve("karaf.pid"))) {
            String pid = Files.readString(home.resolve("karaf.pid")).trim();
            run(home, "bin/stop");
            await().atMost(Duration.ofSeconds(30)).until(() -> !ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false));
        }
    }

    @Test
    void refusesBadValuesNamingEveryFault() throws Exception {
        Result r = run(home, "bin/tongban", "init", "--level", "province", "--division", "37078300");
        assertEquals(2, r.exit());
        assertTrue(r.output().contains("--level must be city, county, township or village"), r.output());
        assertTrue(r.output().contains("--name is missing"), r.output());

        Result length = run(home, "bin/tongban", "init", "--level", "village", "--division", "370783003", "--name", "X");
        assertEquals(2, length.exit());
        assertTrue(length.output().contains("a village node's division code has 12 digits"), length.output());

        Result missing = run(home, "bin/tongban", "init", "--name", "X");
        assertEquals(2, missing.exit());
        assertTrue(missing.output().contains("--level is missing") && missing.output().contains("--division is missing"));
        assertTrue(Files.readString(home.resolve("etc/org.tongban.node.cfg")).contains("demo-weifang"), "nothing written");
    }

    @Test
    void setsUpATownshipThatStartsOnShiftedPortsWithNoPublishedPassword() throws Exception {
        int offset = RealNodes.freeOffset(3000);
        Result r = run(home, "bin/tongban", "init", "--level", "township", "--division", "370783003",
                "--name", "文家街道便民服务中心", "--upstream", "http://127.0.0.1:8181", "--port-offset", Integer.toString(offset));
        assertEquals(0, r.exit(), r.output());
        String cfg = Files.readString(home.resolve("etc/org.tongban.node.cfg"));
        assertTrue(cfg.contains("level = township") && cfg.contains("id = township-370783003"), cfg);
        assertTrue(cfg.contains("name = \\u6587\\u5BB6\\u8857\\u9053"), cfg);
        String boot = Files.readString(home.resolve("etc/org.apache.karaf.features.cfg"));
        assertTrue(boot.contains("tongban-township") && !boot.contains("tongban-city"));
        String opsPassword = shown(r.output(), "ops      user ops, password ");
        String consolePassword = shown(r.output(), "console  user karaf, password ");
        String users = Files.readString(home.resolve("etc/tongban-users.properties"));
        assertTrue(users.lines().anyMatch(l -> l.startsWith("ops = {PBKDF2}")) && !users.contains(opsPassword),
                "a salted hash, never the password itself");
        assertTrue(users.lines().anyMatch(l -> l.startsWith("clerk = !{CRYPT}")), "the demo accounts disabled");
        assertTrue(Files.readString(home.resolve("etc/org.apache.karaf.shell.cfg")).contains("sshHost = 127.0.0.1"));

        run(home, "bin/start");
        String base = RealNodes.url(offset);
        await("node up").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> RealNodes.upSays(base));
        for (String demo : List.of("applicant", "clerk", "reviewer", "agent", "agency", "supervisor", "ops")) {
            assertEquals(401, RealNodes.status(base + "/api/v1/node", demo, demo + "-demo"), "demo login " + demo);
        }
        // A generated password opens one path only: setting one's own.
        String first = RealNodes.get(base + "/api/v1/node", "ops", opsPassword);
        assertTrue(first.contains("password-change-required"), first);
        assertEquals(200, RealNodes.post(base + "/api/v1/accounts/me/password", "ops", opsPassword,
                "{\"current\":\"" + opsPassword + "\",\"password\":\"Wenjia-hall-2026\"}").statusCode());
        assertEquals(401, RealNodes.status(base + "/api/v1/node", "ops", opsPassword), "the generated one is gone");
        String node = RealNodes.get(base + "/api/v1/node", "ops", "Wenjia-hall-2026");
        assertTrue(node.contains("\"level\":\"TOWNSHIP\"") && node.contains("文家街道便民服务中心"), node);
        assertTrue(node.contains("\"upstream\":\"http://127.0.0.1:8181\"") && node.contains("\"demo\":false"), node);

        // The console: karaf/karaf is refused; the generated password works, and a staged feature installs offline.
        Result refused = client(home, 8101 + offset, "karaf", "feature:list -i");
        assertTrue(!refused.output().contains("pax-jdbc") , refused.output());
        Result install = client(home, 8101 + offset, consolePassword, "feature:install pax-jdbc-pool-hikaricp; feature:list -i");
        assertTrue(install.output().contains("pax-jdbc-pool-hikaricp"), install.output());

        Result again = run(home, "bin/tongban", "init", "--level", "city", "--division", "370700", "--name", "X");
        assertEquals(2, again.exit());
        assertTrue(again.output().contains("has already run"), again.output());
    }

    @Test
    void aWeakAdminPasswordIsRefusedNamingWhatItLacks() throws Exception {
        Path file = home.resolve("admin-password");
        Files.writeString(file, "short\n");
        Result r = run(home, "bin/tongban", "init", "--level", "township", "--division", "370783003", "--name", "X",
                "--admin-password-file", file.toString());
        assertEquals(2, r.exit(), r.output());
        assertTrue(r.output().contains("at least 10 characters"), r.output());
    }

    /** The value init printed after a label, once. */
    private static String shown(String output, String label) {
        int at = output.indexOf(label);
        assertTrue(at >= 0, output);
        return output.substring(at + label.length()).split("\\s")[0];
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Path cwd, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        builder.environment().put("EXTRA_JAVA_OPTS", RealNodes.TEST_JVM);
        Process p = builder.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + List.of(command));
        return new Result(p.exitValue(), out);
    }

    /** bin/client keeps reading its standard input; closing it early makes it print only "Closed". */
    private static Result client(Path home, int sshPort, String password, String command) throws Exception {
        Process p = new ProcessBuilder("bin/client", "-a", Integer.toString(sshPort), "-u", "karaf", "-p", password, "-r", "10", command)
                .directory(home.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "client timed out");
        p.getOutputStream().close();
        return new Result(p.exitValue(), out);
    }

    private static int status(String url) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String get(String url) throws Exception {
        String token = java.util.Base64.getEncoder().encodeToString("ops:ops-demo".getBytes(StandardCharsets.UTF_8));
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Authorization", "Basic " + token).build(), java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }
}
