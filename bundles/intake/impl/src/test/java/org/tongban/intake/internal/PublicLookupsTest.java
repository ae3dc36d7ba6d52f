package org.tongban.intake.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.tongban.core.rest.LookupLimit;

/** What the public may look up: query codes, the published document numbers, and the limit on failed lookups. */
class PublicLookupsTest {

    @Test
    void queryCodesAreRandomUnambiguousAndTypedBackLoosely() {
        String a = QueryCodes.next();
        assertEquals(10, a.length());
        assertTrue(a.matches("[2-9A-HJKMNP-Z]{10}"), a);
        assertNotEquals(a, QueryCodes.next());
        assertTrue(QueryCodes.matches(a, " " + a.substring(0, 5).toLowerCase() + "-" + a.substring(5) + " "));
        assertFalse(QueryCodes.matches(a, a.substring(1)));
        assertFalse(QueryCodes.matches(null, a), "a case without a code opens to nothing");
    }

    @Test
    void aDocumentNumberThatEmbedsAnIdNumberIsPublishedMasked() {
        assertEquals("370783********002X43", CaseStore.maskIds("37078319491231002X43"));
        assertEquals("用字第370783202600012号", CaseStore.maskIds("用字第370783202600012号"), "no ID number in it");
    }

    @Test
    void anAddressWithTooManyFailedLookupsWaitsUntilTheWindowPasses() {
        AtomicLong now = new AtomicLong(0);
        LookupLimit limit = new LookupLimit(3, 60_000, now::get);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limit.waitSeconds("10.0.0.1"));
            limit.failed("10.0.0.1");
        }
        assertEquals(60, limit.waitSeconds("10.0.0.1"));
        assertEquals(0, limit.waitSeconds("10.0.0.2"), "other addresses go on");
        now.set(60_000);
        assertEquals(0, limit.waitSeconds("10.0.0.1"));
        assertEquals(429, LookupLimit.tooMany("progress queries", 5).problem().status());
    }
}
