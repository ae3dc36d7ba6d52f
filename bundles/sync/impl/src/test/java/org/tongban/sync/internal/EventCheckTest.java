package org.tongban.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.sync.SyncEvent;

class EventCheckTest {

    private static final Instant AT = Instant.parse("2026-06-01T01:00:00Z");

    @Test
    void aWellFormedEventPasses() {
        assertTrue(EventCheck.problems(new SyncEvent("0b6c6a4e-1111-4f3e-9a9b-2d2f2f2f2f2f", "township-370783003", "case:X", 1,
                "case.accepted", 1, "{\"status\":\"ACCEPTED\"}", AT)).isEmpty());
    }

    @Test
    void everyFaultIsNamed() {
        List<String> p = EventCheck.problems(new SyncEvent("not an id!", " ", "", 0, null, 0, "{broken", null));
        for (String expected : new String[] {"id must be", "originNode is required", "subject is required", "subjectSeq starts at 1",
            "type is required", "payloadVersion starts at 1", "created is required", "payload is not JSON"}) {
            assertTrue(p.stream().anyMatch(s -> s.startsWith(expected)), expected + " missing from " + p);
        }
        assertEquals(List.of("empty event"), EventCheck.problems(null));
    }
}
