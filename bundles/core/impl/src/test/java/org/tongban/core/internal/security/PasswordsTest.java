package org.tongban.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Salted hashes, the legacy hash still verifying, the password policy, and the lock after repeated failures. */
class PasswordsTest {

    @Test
    void aSaltedHashVerifiesItsPasswordOnlyAndDiffersEachTime() {
        String one = PasswordHashes.hash("Tongban-2026!".toCharArray(), 1_000);
        String two = PasswordHashes.hash("Tongban-2026!".toCharArray(), 1_000);
        assertNotEquals(one, two, "a salt of its own");
        assertTrue(one.startsWith("{PBKDF2}1000:") && one.endsWith("{PBKDF2}"), one);
        assertTrue(PasswordHashes.matches(one, "Tongban-2026!".toCharArray()));
        assertFalse(PasswordHashes.matches(one, "tongban-2026!".toCharArray()));
        assertFalse(PasswordHashes.matches("{PBKDF2}x:y{PBKDF2}", "a".toCharArray()), "malformed matches nothing");
        assertFalse(PasswordHashes.matches(null, "a".toCharArray()), "an unknown user");
        assertFalse(PasswordHashes.matches("clear-text", "clear-text".toCharArray()), "clear text is never accepted");
    }

    @Test
    void theUnsaltedHashOfEarlierVersionsStillVerifiesAndIsKnownAsWeak() {
        String demo = "{CRYPT}36C9188B0C6D0FFFB63A61F3DD39AF9148A26751A7F6D651BF4FED228DC8A3EC{CRYPT}";   // clerk-demo
        assertTrue(PasswordHashes.matches(demo, "clerk-demo".toCharArray()));
        assertFalse(PasswordHashes.matches(demo, "clerk".toCharArray()));
        assertTrue(PasswordHashes.isLegacy(demo));
        assertFalse(PasswordHashes.isLegacy(PasswordHashes.hash("x".toCharArray(), 1_000)));
    }

    @Test
    void thePolicyNamesEveryShortfall() {
        assertEquals(2, PasswordPolicy.problems("ops", "short".toCharArray()).size());
        assertEquals(1, PasswordPolicy.problems("ops", "ops-Tongban-2026".toCharArray()).size(), "contains the name");
        assertTrue(PasswordPolicy.problems("ops", "Wenjia-hall-7".toCharArray()).isEmpty());
    }

    @Test
    void anAccountIsLockedAfterRepeatedFailuresAndReleasedAfterThePeriod() {
        AtomicLong now = new AtomicLong(1_000_000);
        LoginThrottle t = new LoginThrottle(3, 5, 15, now::get);
        assertTrue(t.failed("clerk", "10.0.0.1").isEmpty());
        assertTrue(t.failed("clerk", "10.0.0.1").isEmpty());
        LoginThrottle.Locked locked = t.failed("clerk", "10.0.0.1").orElseThrow();
        assertEquals("account clerk", locked.what());
        assertEquals(Instant.ofEpochMilli(1_000_000 + 15 * 60_000), t.lockedUntil("clerk", null).orElseThrow());
        assertTrue(t.lockedUntil("reviewer", "10.0.0.2").isEmpty(), "other accounts and addresses go on");
        now.addAndGet(15 * 60_000 + 1);
        assertTrue(t.lockedUntil("clerk", null).isEmpty(), "released after the period");
        t.failed("a", "10.0.0.9");
        t.failed("b", "10.0.0.9");
        t.failed("c", "10.0.0.9");
        t.failed("d", "10.0.0.9");
        assertEquals("address 10.0.0.9", t.failed("e", "10.0.0.9").orElseThrow().what(), "many names from one address");
        assertTrue(t.lockedUntil("anyone", "10.0.0.9").isPresent());
        t.succeeded("clerk");
    }
}
