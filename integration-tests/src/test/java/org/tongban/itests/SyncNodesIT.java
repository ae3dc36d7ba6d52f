package org.tongban.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongban.itests.RealNodes.freeOffset;
import static org.tongban.itests.RealNodes.get;
import static org.tongban.itests.RealNodes.kill9;
import static org.tongban.itests.RealNodes.status;
import static org.tongban.itests.RealNodes.stop;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

    private RealNodes nodes;

    @AfterEach
    void stopAll() throws Exception {
        nodes.stopAll();
    }

    @Test
    void eventsTravelUpOnceAndInOrderThroughAnOutage() throws Exception {
        nodes = new RealNodes(dir);
        int countyOffset = freeOffset(3100);
        int townshipOffset = freeOffset(countyOffset + 37);
        Path county = nodes.unpack("county");
        Path township = nodes.unpack("township");
        String countyUrl = RealNodes.url(countyOffset);
        RealNodes.initCounty(county, countyOffset);
        RealNodes.initTownship(township, townshipOffset, countyUrl);
        // The township's account at the county, and its use of it.
        RealNodes.link(county, township, "township-370783003", "sync-secret", 2);
        // Only the county has the (demo) catalogue: the township gets it by pulling from its parent.
        RealNodes.demo(county);
        String townshipUrl = RealNodes.url(townshipOffset);

        nodes.startTogether(new Path[] {county, township}, new String[] {countyUrl, townshipUrl});
        // An integrator's client, generated from the county's own API description, takes a case through.
        GeneratedClientFlow.snapshotIsServed(countyUrl);
        GeneratedClientFlow.mainFlow(countyUrl);
        await("the county's catalogue pulled by the township").atMost(Duration.ofSeconds(60))
                .until(() -> status(townshipUrl + "/api/v1/catalog/items/" + RealNodes.FOOD) == 200);
        assertTrue(get(townshipUrl + "/api/v1/sync/status", "ops").contains("\"lastCatalogPull\":\"20"));

        String first = RealNodes.submitFoodCase(townshipUrl);
        await("first case at the county").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> get(countyUrl + "/api/v1/sync/inbox?subject=case:" + first, "ops").contains("case.accepted"));

        // The county goes away; the township goes on taking cases in.
        stop(county);
        List<String> during = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            during.add(RealNodes.submitFoodCase(townshipUrl));
        }
        await("the township notices").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> get(townshipUrl + "/api/v1/sync/status", "ops").matches(".*\"failuresInARow\":[1-9].*"));
        String waiting = get(townshipUrl + "/api/v1/sync/status", "ops");
        assertTrue(waiting.matches(".*\"pending\":([1-9]\\d*).*"), waiting);

        nodes.start(county, countyUrl);
        await("the queue drains").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> get(townshipUrl + "/api/v1/sync/status", "ops").contains("\"pending\":0"));
        for (String number : during) {
            String inbox = get(countyUrl + "/api/v1/sync/inbox?subject=case:" + number, "ops");
            assertEquals(List.of(1L, 2L), RealNodes.subjectSeqs(inbox), "each event of " + number + " once, in order: " + inbox);
            assertTrue(inbox.contains("\"originNode\":\"township-370783003\"") && inbox.contains("\"receivedFrom\":\"township-370783003\""));
        }

        // kill -9 of the county while a burst is being delivered: nothing lost, nothing stored twice.
        List<String> burst = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            burst.add(RealNodes.submitFoodCase(townshipUrl));
        }
        kill9(county);
        nodes.start(county, countyUrl);
        // Right after readiness, with the burst arriving and boot-time work chaining records, the trail verifies.
        List<String> verdicts = new ArrayList<>();
        await("the burst drains").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    verdicts.add(get(countyUrl + "/api/v1/audit/verify", "ops"));
                    return get(townshipUrl + "/api/v1/sync/status", "ops").contains("\"pending\":0");
                });
        assertTrue(verdicts.stream().allMatch(v -> v.contains("\"intact\":true")), "intact at every check: " + verdicts);
        verifiesIntactUnderLoad(countyUrl);
        for (String number : burst) {
            String inbox = get(countyUrl + "/api/v1/sync/inbox?subject=case:" + number, "ops");
            assertEquals(2, inbox.split("\"subjectSeq\"").length - 1, "each event of " + number + " once: " + inbox);
        }
        assertTrue(get(countyUrl + "/api/v1/audit/verify", "ops").contains("\"intact\":true"));
        assertTrue(get(townshipUrl + "/api/v1/sync/status", "ops").contains("\"failuresInARow\":0"));
        assertEquals(401, status(countyUrl + "/api/v1/sync/inbox"));
    }

    /** Four clerks submitting while a supervisor verifies the trail 20 times: never a false alarm. */
    private static void verifiesIntactUnderLoad(String base) throws Exception {
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.ExecutorService clerks = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<Integer>> submitted = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            submitted.add(clerks.submit(() -> {
                int n = 0;
                while (!done.get()) {
                    RealNodes.submitFoodCase(base);
                    n++;
                }
                return n;
            }));
        }
        List<String> verdicts = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                verdicts.add(get(base + "/api/v1/audit/verify", "ops"));
            }
        } finally {
            done.set(true);
            clerks.shutdown();
        }
        int cases = 0;
        for (var f : submitted) {
            cases += f.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertTrue(cases > 0, "load while verifying");
        assertTrue(verdicts.stream().allMatch(v -> v.contains("\"intact\":true")), "intact under load: " + verdicts);
        await("the check catches up").atMost(Duration.ofSeconds(10))
                .until(() -> get(base + "/api/v1/audit/verify", "ops").contains("\"notYetCovered\":0"));
    }


}
