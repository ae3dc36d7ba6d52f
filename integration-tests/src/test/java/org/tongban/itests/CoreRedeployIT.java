package org.tongban.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.wiring.FrameworkWiring;

/** Ops replace core at runtime: the node comes back healthy, and updating core's impl refreshes nothing else. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CoreRedeployIT extends TongbanTestSupport {

    @Configuration
    public Option[] config() {
        return new Option[] {distribution("county", "370783", "tongban-core")};
    }

    @Test
    public void uninstallAndReinstallCoreLeavesNodeHealthy() throws Exception {
        awaitHealthy();
        Object database = dataSourceId();
        features.uninstallFeature("tongban-core");
        await("REST gone").atMost(Duration.ofSeconds(30)).until(Http::healthStatus, s -> s != 200);

        features.installFeature("tongban-core", EnumSet.noneOf(FeaturesService.Option.class));
        awaitHealthy();
        assertEquals(200, Http.get("/api/v1/node", "ops", "ops-demo").status());
        assertTrue("inactive bundles: " + inactiveBundles(), inactiveBundles().isEmpty());
        // The node's database engine and pool are infrastructure, booted on their own: replacing core does not restart them.
        assertEquals(database, dataSourceId());
    }

    private Object dataSourceId() throws Exception {
        var refs = bundleContext.getServiceReferences(javax.sql.DataSource.class, "(dataSourceName=tongban)");
        assertEquals(1, refs.size());
        return refs.iterator().next().getProperty("service.id");
    }

    @Test
    public void hotDeployingCoreImplStopsNoOtherBundle() throws Exception {
        awaitHealthy();
        Set<String> stopped = ConcurrentHashMap.newKeySet();
        SynchronousBundleListener listener = event -> {
            if (event.getType() == BundleEvent.STOPPED) {
                stopped.add(event.getBundle().getSymbolicName());
            }
        };
        bundleContext.addBundleListener(listener);
        try {
            // What bundle:update does: replace the bundle, then refresh it and whatever is wired to it.
            Bundle impl = bundle("org.tongban.core.impl");
            impl.update();
            CountDownLatch refreshed = new CountDownLatch(1);
            bundleContext.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(impl), e -> refreshed.countDown());
            assertTrue(refreshed.await(60, TimeUnit.SECONDS));
        } finally {
            bundleContext.removeBundleListener(listener);
        }
        awaitHealthy();
        assertEquals(200, Http.get("/api/v1/node", "ops", "ops-demo").status());
        assertEquals(Set.of("org.tongban.core.impl"), stopped);
        // The new core put its Jetty error handler back: Jetty's own answers are still problems.
        Http.Reply outside = Http.get("/not-the-api");
        assertEquals(404, outside.status());
        assertTrue(outside.contentType(), outside.contentType().startsWith("application/problem+json"));
    }

    private Bundle bundle(String symbolicName) {
        return Arrays.stream(bundleContext.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst().orElseThrow(() -> new AssertionError(symbolicName + " not installed"));
    }
}
