package org.tongban.surrogate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.core.NodeLevel;
import org.tongban.surrogate.Authorisation;
import org.tongban.surrogate.OnBehalfCase;
import org.tongban.surrogate.OnBehalfStatus;
import org.tongban.testsupport.MemoryDatabase;

/** The typed rows of the deciding node's queues and a case's optional columns, on a real Derby with the migrations. */
class QueueStoresTest {

    private Connection c;

    @BeforeEach
    void database() throws SQLException {
        c = MemoryDatabase.migrated("surrogate").getConnection();
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    @Test
    void forwardedApplicationsAndSupplementsQueueAsTypedRows() throws SQLException {
        assertTrue(ForwardedStore.record(c, "village-1/7", "village-1", "e-1", "{\"a\":1}", "wang@village-1", 5_000L));
        assertFalse(ForwardedStore.record(c, "village-1/7", "village-1", "e-2", "{}", "wang@village-1", 6_000L), "here already");
        assertEquals(List.of(new ForwardedStore.Pending("village-1/7", "village-1", "{\"a\":1}", "wang@village-1")),
                ForwardedStore.pending(c, 10));

        assertTrue(SupplementStore.record(c, "s-1", "village-1/7", "village-1", "[]", "wang@village-1", 7_000L));
        assertFalse(SupplementStore.record(c, "s-1", "village-1/7", "village-1", "[]", "wang@village-1", 7_000L));
        assertTrue(SupplementStore.pending(c, 10).isEmpty(), "waits for its application to become a case");

        ForwardedStore.settle(c, "village-1/7", "DONE", "CASE-1", null);
        assertTrue(ForwardedStore.pending(c, 10).isEmpty());
        assertEquals(List.of(new SupplementStore.Pending("s-1", "village-1/7", "village-1", "[]", "wang@village-1", "CASE-1")),
                SupplementStore.pending(c, 10));
        assertEquals(List.of(new ForwardedStore.NewsOpen("village-1/7", "village-1", "CASE-1", null)), ForwardedStore.newsOpen(c, 10));

        ForwardedStore.newsSent(c, "village-1/7", "ACCEPTED");
        assertEquals("ACCEPTED", ForwardedStore.newsOpen(c, 10).get(0).newsStatus());
        ForwardedStore.newsSent(c, "village-1/7", "DECIDED");
        assertTrue(ForwardedStore.newsOpen(c, 10).isEmpty(), "told of a final status");
        SupplementStore.settle(c, "s-1", "DONE", null);
        assertTrue(SupplementStore.pending(c, 10).isEmpty());
    }

    @Test
    void aCasesOptionalColumnsRoundTripAsNull() throws SQLException {
        long n = CaseStore.nextNumber(c);
        assertEquals(n + 1, CaseStore.nextNumber(c));
        OnBehalfCase k = new OnBehalfCase("t/1", "wang", "DG", "ITEM", "事项", NodeLevel.COUNTY, "李四", "110105********002X",
                new Authorisation("李四", LocalDate.of(2026, 11, 25), "代办", "scan.pdf"), List.of(), List.of(), OnBehalfStatus.OPEN,
                null, List.of(), null, null, null, false, null, List.of(), List.of(), Instant.ofEpochMilli(1_000L), null, null);
        CaseStore.insert(c, k, "{}");
        OnBehalfCase read = CaseStore.find(c, "t/1").orElseThrow();
        assertEquals(k, read);
        assertEquals("{}", CaseStore.application(c, "t/1"));

        OnBehalfCase decided = new OnBehalfCase(k.ref(), k.agentAccount(), k.pointCode(), k.itemCode(), k.itemName(), k.decidingLevel(),
                k.applicantName(), k.applicantIdMasked(), k.authorisation(), k.verifiedCertificates(), k.fees(), OnBehalfStatus.ACCEPTED,
                "CASE-1", List.of("M04"), LocalDate.of(2026, 12, 2), null, "x".repeat(2100), false, null, List.of(), List.of(),
                k.openedAt(), Instant.ofEpochMilli(2_000L), null);
        CaseStore.update(c, decided);
        OnBehalfCase again = CaseStore.lock(c, "t/1").orElseThrow();
        assertEquals(LocalDate.of(2026, 12, 2), again.promisedDate());
        assertEquals(Instant.ofEpochMilli(2_000L), again.submittedAt());
        assertNull(again.closedAt());
        assertEquals(2000, again.lastNews().length(), "the news kept to its column");
        assertTrue(CaseStore.lock(c, "t/2").isEmpty());
    }
}
