package org.tongban.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;
import org.apache.karaf.features.FeaturesService;

/** One level profile installed alone into a container that runs only Karaf's infrastructure. */
public abstract class ProfileInstallSupport extends TongbanTestSupport {

    protected void installsAloneAndServes(String level, String capabilities) throws Exception {
        assertNotEquals("no Tongban REST before the install", 200, Http.healthStatus());

        features.installFeature("tongban-" + level, EnumSet.noneOf(FeaturesService.Option.class));
        if (capabilities.contains("tongban-apidoc")) {
            awaitServing("/api/openapi.json");
        } else {
            awaitHealthy();
        }

        Http.Reply node = Http.get("/api/v1/node", "ops", "ops-demo");
        assertEquals(node.body(), 200, node.status());
        assertTrue(node.body(), node.body().contains("\"level\":\"" + level.toUpperCase() + "\""));
        assertTrue(node.body(), node.body().contains("\"capabilities\":" + capabilities));
        assertTrue("inactive bundles: " + inactiveBundles(), inactiveBundles().isEmpty());
    }
}
