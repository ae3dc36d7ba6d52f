package org.tongban.sync.internal;

import org.tongban.testsupport.MemoryDatabase;
import javax.sql.DataSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.sync.DownEvent;
import org.tongban.sync.SyncEvent;

/** The way down on a real Derby: routes learnt from what came up, per-child queues, cursors that acknowledge. */
class DownStoreTest {

    static {
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    private static final Instant AT = Instant.parse("2026-11-02T01:00:00Z");
    private Connection c;

    @BeforeEach
    void database() throws SQLException {
        DataSource derby = MemoryDatabase.migrated("sync");
        c = derby.getConnection();
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    private static SyncEvent news(String id) {
        return new SyncEvent(id, "county-370783", "surrogate:village-1/7", 0, "surrogate.case-news", 1, "{\"ref\":\"village-1/7\"}", AT);
    }

    @Test
    void eventsGoDownTheWayTheirDestinationsEventsCameUp() throws SQLException {
        assertEquals(Optional.empty(), DownStore.via(c, "village-1"));
        DownStore.route(c, "village-1", "township-370783003", 1);
        DownStore.route(c, "village-2", "township-370783003", 1);
        assertEquals(Optional.of("township-370783003"), DownStore.via(c, "village-1"));
        DownStore.route(c, "village-1", "township-370783004", 2);
        assertEquals(Optional.of("township-370783004"), DownStore.via(c, "village-1"), "a re-parented point: the latest way wins");
    }

    @Test
    void aChildPullsAfterItsCursorAndWhatItHasIsDone() throws SQLException {
        DownStore.queue(c, "township-a", "village-1", news("e1"));
        DownStore.queue(c, "township-a", "village-1", news("e2"));
        DownStore.queue(c, "township-b", "village-9", news("e3"));
        List<DownEvent> first = DownStore.pull(c, "township-a", 0, 10);
        assertEquals(List.of("e1", "e2"), first.stream().map(d -> d.event().id()).toList());
        assertEquals("village-1", first.get(0).destination());
        assertEquals("{\"ref\":\"village-1/7\"}", first.get(0).event().payload());
        assertEquals(3, DownStore.queued(c));
        List<DownEvent> again = DownStore.pull(c, "township-a", first.get(0).seq(), 10);
        assertEquals(List.of("e2"), again.stream().map(d -> d.event().id()).toList(), "a pull after e1 acknowledges e1");
        assertEquals(2, DownStore.queued(c));
        assertEquals(List.of(), DownStore.pull(c, "township-a", first.get(1).seq(), 10));
        assertEquals(1, DownStore.queued(c), "another child's queue is its own");
        assertThrows(SQLException.class, () -> DownStore.queue(c, "township-b", "village-9", news("e3")), "an event once per child");
    }

    @Test
    void theCursorOnlyMovesForward() throws SQLException {
        assertEquals(0, DownStore.cursor(c));
        DownStore.cursor(c, 5);
        DownStore.cursor(c, 3);
        assertEquals(5, DownStore.cursor(c));
    }
}
