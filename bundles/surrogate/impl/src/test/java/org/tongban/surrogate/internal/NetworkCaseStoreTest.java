package org.tongban.surrogate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.core.NodeLevel;
import org.tongban.surrogate.ForwardedCase;
import org.tongban.surrogate.HandOver;
import org.tongban.surrogate.HandOverStep;
import org.tongban.testsupport.MemoryDatabase;

/** The SQL of the network's figures and of the centre's ledger, on a real Derby with the surrogate migrations. */
class NetworkCaseStoreTest {

    private Connection c;

    @BeforeEach
    void database() throws SQLException {
        c = MemoryDatabase.migrated("surrogate").getConnection();
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    private static NetworkCase summary(String ref, String division, String status, int revision, Long closedMs) {
        return new NetworkCase(ref, "village-" + division, "wang", "王秀英", "DG", "东关村代办点", NodeLevel.VILLAGE, division, status,
                false, new BigDecimal("12.50"), 3, 1, 1_000L, closedMs, revision);
    }

    @Test
    void aSummaryReplacesOnlyAnOlderOne() throws SQLException {
        assertTrue(NetworkCaseStore.saveIfNewer(c, summary("v/1", "370783003201", "SUBMITTED", 2, null)));
        assertFalse(NetworkCaseStore.saveIfNewer(c, summary("v/1", "370783003201", "OPEN", 1, null)), "late: older revision");
        assertFalse(NetworkCaseStore.saveIfNewer(c, summary("v/1", "370783003201", "OPEN", 2, null)), "the same again");
        assertEquals("SUBMITTED", NetworkCaseStore.list(c, null).get(0).status());
        assertTrue(NetworkCaseStore.saveIfNewer(c, summary("v/1", "370783003201", "CLOSED", 5, 9_000L)));
        NetworkCase stored = NetworkCaseStore.list(c, null).get(0);
        assertEquals("CLOSED", stored.status());
        assertEquals(9_000L, stored.closedMs());
        assertEquals(5, NetworkCaseStore.revision(c, "v/1"));
        assertEquals(new BigDecimal("12.50"), stored.fees());
        assertEquals(0, NetworkCaseStore.revision(c, "none"));
    }

    @Test
    void aDivisionPrefixNarrowsTheNetwork() throws SQLException {
        NetworkCaseStore.saveIfNewer(c, summary("a/1", "370783003201", "OPEN", 1, null));
        NetworkCaseStore.saveIfNewer(c, summary("b/1", "370783004101", "OPEN", 1, null));
        NetworkCaseStore.saveIfNewer(c, summary("c/1", "370784001101", "OPEN", 1, null));
        assertEquals(3, NetworkCaseStore.list(c, null).size());
        assertEquals(List.of("a/1", "b/1"), NetworkCaseStore.list(c, "370783").stream().map(NetworkCase::ref).toList());
        assertEquals(List.of("a/1"), NetworkCaseStore.list(c, "370783003").stream().map(NetworkCase::ref).toList());
        assertEquals(List.of(), NetworkCaseStore.list(c, "3707830_%").stream().map(NetworkCase::ref).toList(),
                "wildcards in the prefix are not wildcards");
        assertNull(NetworkCaseStore.list(c, "370783003").get(0).closedMs());
    }

    @Test
    void theCentreSeesForwardedApplicationsWithItsOwnLedger() throws SQLException {
        assertTrue(ForwardedStore.record(c, "village-1/7", "village-1", UUID.randomUUID().toString(), "{}", "wang@village-1", 5_000L));
        assertTrue(ForwardedStore.record(c, "village-2/1", "village-2", UUID.randomUUID().toString(), "{}", "li@village-2", 6_000L));
        ForwardedStore.settle(c, "village-1/7", "DONE", "3707830000001", null);
        LedgerStore.handOver(c, "village-1/7", new HandOver(HandOverStep.MATERIALS_TO_CENTRE, "申请书原件", "agent wang@village-1",
                "文家街道便民服务中心", "clerk@township-1", Instant.ofEpochMilli(7_000L), null));
        assertEquals(List.of("village-2/1", "village-1/7"), ForwardedStore.list(c, null, 10).stream().map(ForwardedCase::ref)
                .toList(), "the latest first");
        ForwardedCase f = ForwardedStore.find(c, "village-1/7", true).orElseThrow();
        assertEquals("DONE", f.status());
        assertEquals("3707830000001", f.caseNumber());
        assertEquals(HandOverStep.MATERIALS_TO_CENTRE, f.handOvers().get(0).step());
        assertEquals(List.of("village-2/1"), ForwardedStore.list(c, "PENDING", 10).stream().map(ForwardedCase::ref).toList());
        assertTrue(ForwardedStore.find(c, "nowhere/1", true).isEmpty());
    }
}
