package org.tongban.sync.internal;

import org.tongban.testsupport.MemoryDatabase;
import javax.sql.DataSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.sync.SyncEvent;

/** The inbox and dead letters on a real Derby with sync's own migration. */
class SyncStoreTest {

    static {
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    private static final Instant AT = Instant.parse("2026-06-01T01:00:00Z");
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

    private static SyncEvent event(String id, String subject, long seq) {
        return new SyncEvent(id, "village-370783003201", subject, seq, "case.accepted", 1, "{}", AT);
    }

    @Test
    void anEventIsStoredOnceHoweverOftenItArrives() throws SQLException {
        assertTrue(SyncStore.receive(c, event("e1", "case:A", 1), "township-1", AT));
        assertFalse(SyncStore.receive(c, event("e1", "case:A", 1), "township-1", AT), "a redelivery after a lost receipt");
        assertTrue(SyncStore.receive(c, event("e2", "case:A", 2), "township-1", AT));
        assertEquals(List.of(1L, 2L), SyncStore.inbox(c, "case:A", 10).stream().map(e -> e.subjectSeq()).toList());
        assertEquals("township-1", SyncStore.inbox(c, null, 10).get(0).receivedFrom());
    }

    @Test
    void whatTheInboxHasIsFoundForAWholeBatchAtOnce() throws SQLException {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 1100; i++) {
            ids.add("b" + i);
            if (i % 3 == 0) {
                SyncStore.store(c, event("b" + i, "case:C", i + 1), "township-1", AT);
            }
        }
        java.util.Set<String> known = SyncStore.known(c, ids);
        assertEquals(367, known.size(), "every third, past more than one IN list");
        assertTrue(known.contains("b0") && known.contains("b1098") && !known.contains("b1"));
        assertEquals(java.util.Set.of("b3"), SyncStore.known(c, List.of("b3", "b4", "nothing")));
        assertTrue(SyncStore.known(c, List.of()).isEmpty());
    }

    @Test
    void deadLettersAreListedAndRemoved() throws SQLException {
        SyncStore.deadLetter(c, event("e9", "case:B", 1), "payload is not JSON", AT);
        SyncStore.deadLetter(c, event("e9", "case:B", 1), "payload is not JSON (again)", AT);
        assertEquals(1, SyncStore.deadLetterCount(c));
        assertEquals("payload is not JSON (again)", SyncStore.deadLetters(c, 10).get(0).reason());
        assertTrue(SyncStore.removeDeadLetter(c, "e9"));
        assertFalse(SyncStore.removeDeadLetter(c, "e9"));
    }
}
