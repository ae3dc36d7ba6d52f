package org.tongban.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.tongban.core.security.Caller;

class SessionsTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final Sessions sessions = new Sessions(30 * 60_000L, 10 * 3_600_000L, now::get);
    private final Caller clerk = Caller.fromRealm("clerk", List.of("clerk"));

    @Test
    void aSessionHasUnguessableIdsAndEndsWhenIdle() {
        Sessions.Session s = sessions.open(clerk);
        assertEquals(43, s.id().length());
        assertNotEquals(s.id(), s.csrfToken());
        now.addAndGet(29 * 60_000L);
        assertTrue(sessions.use(s.id()).isPresent(), "used within the idle period");
        now.addAndGet(29 * 60_000L);
        assertTrue(sessions.use(s.id()).isPresent(), "each use restarts the idle period");
        now.addAndGet(31 * 60_000L);
        assertTrue(sessions.use(s.id()).isEmpty());
    }

    @Test
    void aSessionEndsAfterItsLifetimeEvenInUse() {
        Sessions.Session s = sessions.open(clerk);
        for (int i = 0; i < 21; i++) {
            now.addAndGet(29 * 60_000L);
            sessions.use(s.id());
        }
        assertTrue(sessions.use(s.id()).isEmpty(), "21 uses 29 minutes apart: past 10 hours");
    }

    @Test
    void logoutAndAccountChangesEndSessions() {
        Sessions.Session a = sessions.open(clerk);
        Sessions.Session b = sessions.open(clerk);
        Sessions.Session other = sessions.open(Caller.fromRealm("ops", List.of("ops")));
        sessions.close(a.id());
        assertTrue(sessions.use(a.id()).isEmpty());
        sessions.closeAll("clerk");
        assertTrue(sessions.use(b.id()).isEmpty());
        assertTrue(sessions.use(other.id()).isPresent());
        assertTrue(sessions.use(null).isEmpty());
        assertTrue(sessions.use("x".repeat(5000)).isEmpty());
    }

    @Test
    void oneUserHoldsAtMostTwentySessions() {
        Sessions.Session first = sessions.open(clerk);
        for (int i = 0; i < 25; i++) {
            now.incrementAndGet();
            sessions.open(clerk);
        }
        assertTrue(sessions.use(first.id()).isEmpty(), "the oldest went first");
    }
}
