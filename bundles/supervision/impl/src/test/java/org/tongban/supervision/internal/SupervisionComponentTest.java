package org.tongban.supervision.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongban.core.NodeIdentity;
import org.tongban.core.NodeInfo;
import org.tongban.core.NodeLevel;
import org.tongban.core.fault.Forbidden;
import org.tongban.core.rest.Role;
import org.tongban.core.schedule.PeriodicTask;
import org.tongban.core.schedule.PeriodicTasks;
import org.tongban.supervision.Card;
import org.tongban.supervision.Supervision;
import org.tongban.testsupport.MemoryDatabase;

/** The one service over the use cases: its schedule follows the configuration, and a scan on demand is guarded. */
class SupervisionComponentTest {

    /** A scheduled task as the test's scheduler holds it; {@code closed} once the component lets it go. */
    static final class Scheduled implements PeriodicTask {
        final Duration initialDelay;
        final Duration delay;
        final Runnable task;
        boolean closed;

        Scheduled(Duration initialDelay, Duration delay, Runnable task) {
            this.initialDelay = initialDelay;
            this.delay = delay;
            this.task = task;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private final Fixture f = new Fixture();
    private final List<Scheduled> scheduled = new ArrayList<>();
    private final PeriodicTasks periodic = (name, initialDelay, delay, task) -> {
        assertEquals("supervision scan", name);
        Scheduled s = new Scheduled(initialDelay, delay, task);
        scheduled.add(s);
        return s;
    };
    private final NodeInfo node = new NodeInfo() {
        @Override
        public NodeIdentity identity() {
            return new NodeIdentity("shouguang", NodeLevel.COUNTY, "370783", "寿光", null, false);
        }

        @Override
        public List<String> capabilities() {
            return List.of("supervision");
        }
    };
    private final SupervisionComponent component = new SupervisionComponent(f.tx, f.changes,
            (capability, loader) -> MemoryDatabase.migrate(f.ds, capability, loader), f.intake, f.intake, Fixture.CALENDAR, f.clock,
            node, periodic, Fixture.config(2, 1, 2, 10));

    SupervisionComponentTest() {
        component.addNotifier(f.recorder);
    }

    @Test
    void theScheduleFollowsTheConfigurationAndABadEditKeepsIt() {
        assertEquals(1, scheduled.size());
        assertEquals(Duration.ofSeconds(60), scheduled.get(0).initialDelay);
        assertEquals(Duration.ofMinutes(10), scheduled.get(0).delay);

        component.configure(Fixture.config(2, 1, 5, 5));
        assertTrue(scheduled.get(0).closed);
        assertEquals(Duration.ofMinutes(5), scheduled.get(1).delay);

        component.configure(Fixture.config(2, 3, 3, 1));
        assertEquals(2, scheduled.size(), "invalid thresholds: schedule and thresholds stay");
        assertFalse(scheduled.get(1).closed);

        component.configure(Fixture.config(2, 1, 2, 0));
        assertTrue(scheduled.get(1).closed);
        assertEquals(2, scheduled.size(), "interval 0: scans on demand only");
    }

    /** Core's scheduler waits in close() for a scan under way; the component must not hold the scan lock there. */
    @Test
    void reschedulingWaitsForARunningScanWithoutHoldingTheScanLock() throws InterruptedException {
        List<Boolean> finished = new ArrayList<>();
        scheduled.clear();
        PeriodicTasks waiting = (name, initialDelay, delay, task) -> () -> {
            Thread running = new Thread(task);
            running.start();
            try {
                running.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finished.add(!running.isAlive());
        };
        SupervisionComponent c = new SupervisionComponent(f.tx, f.changes, (capability, loader) -> 0, f.intake, f.intake,
                Fixture.CALENDAR, f.clock, node, waiting, Fixture.config(2, 1, 2, 10));
        c.configure(Fixture.config(2, 1, 3, 5));
        c.stop();
        assertEquals(List.of(true, true), finished, "each close saw its scan finish");
    }

    @Test
    void theScheduledTaskScansAndStopLetsItGo() {
        f.kase("RED", "UNDER_REVIEW", LocalDate.of(2025, 9, 29));
        scheduled.get(0).task.run();
        assertEquals(2, f.sent.size());
        component.stop();
        assertTrue(scheduled.get(0).closed);
    }

    @Test
    void aScanOnDemandTakesTheWholeNodesScope() {
        f.kase("RED", "UNDER_REVIEW", LocalDate.of(2025, 9, 29));
        Supervision service = component;
        assertThrows(Forbidden.class, () -> service.scan(Fixture.caller("town", Role.SUPERVISOR, "370783004")));
        assertThrows(Forbidden.class, () -> service.scan(Fixture.caller("rev", Role.REVIEWER, null, "D1")));
        assertEquals(2, service.scan(Fixture.caller("county", Role.SUPERVISOR, "370783")).issued());
        assertEquals(0, service.scan(Fixture.caller("ops", Role.OPS, null)).issued());
    }

    @Test
    void aCalendarChangeReJudgesTheCards() {
        f.kase("RED", "UNDER_REVIEW", LocalDate.of(2025, 9, 29));
        assertTrue(component.recompute(Set.of()).isEmpty());
        assertTrue(f.audit.entries.isEmpty(), "no change, no scan");
        assertTrue(component.recompute(Set.of(2025)).isEmpty());
        assertEquals(2, f.audit.entries.size());
    }

    @Test
    void escalationsPassThroughTheService() {
        Supervision service = component;
        List<Card> cards = f.changes.apply(ch -> service.escalate(ch, "rectification:1", "D1", "审批局", LocalDate.of(2025, 9, 29)));
        assertEquals(2, cards.size());
        assertEquals(2, f.sent.size(), "announced by the service once the change committed");
        assertEquals(2, (int) f.changes.apply(ch -> service.closeEscalations(ch, "rectification:1", "done")));
    }
}
