package org.tongban.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * City ops update capability bundles in a running node under load: no request fails. A request for a
 * capability being replaced waits for the new bundle; one inside the old bundle finishes there; the other
 * capabilities go on. Health says UPDATING meanwhile, and UP only when every path serves again.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotDeployIT extends TongbanTestSupport {

    private static final String[] PATHS = {"/api/v1/cases?limit=5", "/api/v1/evaluations?limit=5", "/api/v1/supervision/cards?limit=5",
        "/api/v1/surrogate/network", "/api/v1/node", "/api/v1/intermediary/agencies/all"};

    @Configuration
    public Option[] config() {
        // The marketplace on its own beside the township's profile, so it can be uninstalled alone.
        return new Option[] {distribution("township", "370783003", "tongban-township", "tongban-intermediary"),
            editConfigurationFilePut("etc/org.tongban.node.cfg", "demo", "true")};
    }

    @Before
    public void ready() {
        awaitServing("/api/v1/catalog/items");
        awaitPublished("/api/v1/cases", "/api/v1/evaluations", "/api/v1/supervision/cards", "/api/v1/surrogate/network",
                "/api/v1/intermediary/agencies/all");
        await("health UP").atMost(Duration.ofSeconds(60)).until(() -> Http.healthStatus() == 200);
        for (String path : PATHS) {
            assertEquals(path + " serves before the test", 200, Http.get(path, "supervisor", "supervisor-demo").status());
        }
    }

    /** Six clients asking in turn for every capability's list until told to stop; every answer not 200 is kept. */
    private static final class Load implements AutoCloseable {
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger requests = new AtomicInteger();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        final List<Thread> clients = new ArrayList<>();

        Load() {
            for (int i = 0; i < 6; i++) {
                int first = i;
                Thread t = new Thread(() -> {
                    for (int n = first; running.get(); n++) {
                        String path = PATHS[n % PATHS.length];
                        try {
                            Http.Reply r = Http.get(path, "supervisor", "supervisor-demo");
                            if (r.status() != 200) {
                                failures.add(path + " " + r.status() + " " + r.body().substring(0, Math.min(160, r.body().length())));
                            }
                        } catch (RuntimeException e) {
                            failures.add(path + " " + e.getMessage());
                        }
                        requests.incrementAndGet();
                    }
                }, "load-" + i);
                t.start();
                clients.add(t);
            }
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            for (Thread t : clients) {
                t.join(30_000);
            }
        }
    }

    private void update(String symbolicName) throws Exception {
        Bundle b = Arrays.stream(bundleContext.getBundles()).filter(x -> symbolicName.equals(x.getSymbolicName())).findFirst()
                .orElseThrow();
        // What bundle:update does: replace the bundle, then refresh it and what is wired to it.
        b.update();
        CountDownLatch refreshed = new CountDownLatch(1);
        bundleContext.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(b), e -> refreshed.countDown());
        assertTrue(refreshed.await(60, TimeUnit.SECONDS));
    }

    @Test
    public void updatingCapabilitiesUnderLoadFailsNoRequest() throws Exception {
        List<String> states = new ArrayList<>();
        int before;
        int total;
        List<String> failures;
        try (Load load = new Load()) {
            Thread.sleep(1000);
            before = load.requests.get();
            for (String impl : new String[] {"org.tongban.evaluation.impl", "org.tongban.intake.impl", "org.tongban.supervision.impl"}) {
                update(impl);
                states.add(impl + ": " + Http.field(Http.health().body(), "status"));
                await(impl + " serving again").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                        .until(() -> Http.healthStatus() == 200);
            }
            Thread.sleep(1000);
            total = load.requests.get();
            failures = new ArrayList<>(load.failures);
        }
        assertTrue("the load ran before the updates: " + before, before > 20);
        assertEquals(total + " requests during three updates (" + states + "), failed:\n" + String.join("\n", failures),
                List.of(), failures);
    }

    @Test
    public void anUninstalledCapabilitysPathsGoAndTheOthersStay() throws Exception {
        assertEquals(200, Http.get("/api/v1/intermediary/projects").status());
        features.uninstallFeature("tongban-intermediary");
        await("the marketplace gone").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> Http.get("/api/v1/intermediary/projects").status() == 404);
        assertEquals("the others untouched", 200, Http.get("/api/v1/cases?limit=1", "supervisor", "supervisor-demo").status());
        await("health UP without it").atMost(Duration.ofSeconds(30)).until(() -> Http.healthStatus() == 200);
        features.installFeature("tongban-intermediary", EnumSet.noneOf(FeaturesService.Option.class));
        await("health UP with it").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> Http.healthStatus() == 200);
        assertEquals("the first UP means it serves", 200, Http.get("/api/v1/intermediary/projects").status());
    }
}
