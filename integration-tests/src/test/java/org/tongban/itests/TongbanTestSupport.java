package org.tongban.itests;

import static org.awaitility.Awaitility.await;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.CoreOptions.when;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Boots the built distribution in Pax Exam on free ports. The infrastructure boot set is the one a real node boots;
 * tests add a profile to it at boot, or install one into the running container.
 */
public abstract class TongbanTestSupport {

    static final String KARAF_VERSION = "4.4.9";
    static final List<String> INFRASTRUCTURE = List.of("instance", "package", "log", "ssh", "system", "eventadmin",
            "feature", "shell", "management", "service", "jaas", "deployer", "diagnostic", "wrap", "bundle", "config",
            "kar", "scr", "http", "tongban-infra-datasource");

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected FeaturesService features;

    @Inject
    protected SessionFactory sessions;

    /** The distribution with the given features booted and this node identity, on free ports. */
    protected static Option distribution(String level, String division, String... bootFeatures) {
        String boot = String.join(",", INFRASTRUCTURE) + Arrays.stream(bootFeatures).map(f -> "," + f).collect(Collectors.joining());
        String etc = "etc/";
        return composite(
                karafDistributionConfiguration()
                        .frameworkUrl(maven("org.tongban", "tongban-karaf-assembly", System.getProperty("project.version")).type("tar.gz"))
                        .name("Tongban")
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.WARN),
                editConfigurationFilePut(etc + "org.apache.karaf.features.cfg", "featuresBoot", boot),
                // Boot features installed before the framework goes on: otherwise the probe can arrive while they are
                // being provisioned and Karaf's resolver hook refuses it ("Bundle cannot be installed"; PAXEXAM-765).
                editConfigurationFilePut(etc + "org.apache.karaf.features.cfg", "featuresBootAsynchronous", "false"),
                editConfigurationFilePut(etc + "org.tongban.node.cfg", "id", "it-" + level),
                editConfigurationFilePut(etc + "org.tongban.node.cfg", "level", level),
                editConfigurationFilePut(etc + "org.tongban.node.cfg", "divisionCode", division),
                editConfigurationFilePut(etc + "org.tongban.node.cfg", "name", "IT " + level + " node"),
                editConfigurationFilePut(etc + "org.tongban.node.cfg", "demo", "false"),
                ports(),
                // -Dtongban.it.keep=true keeps target/exam/<uuid> with its data/log/karaf.log for a post-mortem.
                when(Boolean.getBoolean("tongban.it.keep")).useOptions(keepRuntimeFolder()),
                // The probe's own test libraries.
                mavenBundle("org.hamcrest", "hamcrest", System.getProperty("hamcrest.version")),
                mavenBundle("org.awaitility", "awaitility", System.getProperty("awaitility.version")),
                editConfigurationFilePut(etc + "org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository")),
                // Pax Exam does not pass bin/karaf's Java 17 module flags to the container (STACK.md).
                // A test container lives a minute: C1 alone and the serial collector boot it about a third faster on
                // two cores (benchmarks/RESULTS.md); a hall's node keeps the JVM's defaults.
                vmOptions("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                        "--add-reads=java.xml=java.logging",
                        "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                        "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + KARAF_VERSION + ".jar",
                        "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + KARAF_VERSION + ".jar",
                        "--add-opens", "java.base/java.security=ALL-UNNAMED",
                        "--add-opens", "java.base/java.net=ALL-UNNAMED",
                        "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                        "--add-opens", "java.base/java.util=ALL-UNNAMED",
                        "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                        "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                        "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                        "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED"));
    }

    /** One more REST user of the realm, with the password {@code <name>-demo}, stored as the realm requires ({CRYPT} SHA-256). */
    protected static Option user(String name, String role) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest((name + "-demo").getBytes(StandardCharsets.UTF_8));
            return editConfigurationFilePut("etc/tongban-users.properties", name,
                    "{CRYPT}" + java.util.HexFormat.of().withUpperCase().formatHex(d) + "{CRYPT}," + role);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Option ports() {
        int http = freePort();
        return composite(
                systemProperty("tongban.test.httpPort").value(Integer.toString(http)),
                // Injection waits for the service to be registered; Pax Exam's ten seconds from the probe's start are
                // less than a busy 2-core machine needs to finish installing the boot features (seen twice in CI).
                systemProperty("pax.exam.service.timeout").value("120000"),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(http)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort())));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until health answers 200 (node identity, database and REST server all up). */
    protected static void awaitHealthy() {
        // Polls the whole reply, so a timeout says which part stayed down, not just "503"; and the log's complaints.
        try {
            // Its own body saying UP: a server still being set up can answer some other 200.
            await("health 200").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                    .until(Http::health, r -> r.status() == 200 && r.body().contains("\"status\":\"UP\""));
        } catch (RuntimeException e) {
            // Caught by its base type: in the container the probe and awaitility may see two copies of its class.
            throw new AssertionError(e.getMessage() + "\nthe node's log, warnings and errors:\n" + logComplaints(), e);
        }
    }

    /** The last warnings and errors of this container's karaf.log (with a few lines after each, for stack traces). */
    protected static String logComplaints() {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(
                    java.nio.file.Path.of(System.getProperty("karaf.data"), "log", "karaf.log"), StandardCharsets.UTF_8);
            List<String> picked = new java.util.ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("| WARN ") || lines.get(i).contains("| ERROR")) {
                    lines.subList(i, Math.min(lines.size(), i + 4)).forEach(picked::add);
                }
            }
            return String.join("\n", picked.subList(Math.max(0, picked.size() - 120), picked.size()));
        } catch (IOException | RuntimeException e) {
            return "(karaf.log not readable: " + e + ")";
        }
    }

    /**
     * Waits until the node is ready and checks it serves the given public path at once: readiness (health 200) means
     * every installed capability is serving, so nothing more is polled.
     */
    protected static void awaitServing(String publicPath) {
        awaitHealthy();
        Http.Reply reply = Http.get(publicPath);
        if (reply.status() != 200) {
            throw new AssertionError("ready, but " + publicPath + " answers " + reply.status() + ": " + reply.body());
        }
    }

    /** Waits until the node is ready again (after a capability came, went or was updated). */
    protected static void awaitSettled() {
        awaitHealthy();
    }

    /** Waits until the node is ready and checks every path is published at once (a resource answers, whatever its status). */
    protected static void awaitPublished(String... paths) {
        awaitHealthy();
        List<String> missing = Arrays.stream(paths)
                .filter(p -> Http.get(p, "ops", "ops-demo").body().contains("no resource at this path")).toList();
        if (!missing.isEmpty()) {
            throw new AssertionError("ready, but not published: " + missing);
        }
    }

    /** Runs a shell command as ops would at the console and returns what it printed. */
    /**
     * A product service, looked up when a test needs it rather than injected: a test that has seen the node serve knows
     * the service is there, and a failure names the bundles that are not active.
     */
    protected <T> T service(Class<T> type) {
        ServiceReference<T> reference = bundleContext.getServiceReference(type);
        if (reference == null) {
            throw new AssertionError("no " + type.getName() + " service although the node serves; inactive: " + inactiveBundles());
        }
        return bundleContext.getService(reference);
    }

    protected String shell(String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessions.create(System.in, out, out);
        try {
            session.execute(command);
        } finally {
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Bundles that should be active but are not (fragments excluded). */
    protected List<String> inactiveBundles() {
        return Arrays.stream(bundleContext.getBundles())
                .filter(b -> b.getHeaders().get("Fragment-Host") == null && b.getState() != Bundle.ACTIVE)
                .map(b -> b.getSymbolicName() + " (state " + b.getState() + ")")
                .toList();
    }
}
