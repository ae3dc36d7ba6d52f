package org.tongban.surrogate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongban.surrogate.internal.SurrogateHarness.AGENT;
import static org.tongban.surrogate.internal.SurrogateHarness.CLERK;
import static org.tongban.surrogate.internal.SurrogateHarness.FOOD;
import static org.tongban.surrogate.internal.SurrogateHarness.NODE;
import static org.tongban.surrogate.internal.SurrogateHarness.PLOT;
import static org.tongban.surrogate.internal.SurrogateHarness.request;
import static org.tongban.surrogate.internal.SurrogateHarness.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.core.NodeLevel;
import org.tongban.surrogate.OnBehalfCase;
import org.tongban.surrogate.OnBehalfStatus;

/** Opening a case on its own: numbered at this node, the applicant's ID masked, audited, its figures sent up. */
class CaseOpeningTest {

    private final SurrogateHarness h = new SurrogateHarness();
    private CaseOpening opening;

    @BeforeEach
    void agents() {
        h.registerAgents();
        opening = h.surrogate.opening;
    }

    @Test
    void aCaseIsNumberedAtThisNodeAndKeptAtTheAgentsPoint() {
        OnBehalfCase first = opening.open(AGENT, request(PLOT, null));
        OnBehalfCase second = opening.open(AGENT, request(FOOD, "新城棚改项目"));
        assertEquals(NODE + "/1", first.ref());
        assertEquals(NODE + "/2", second.ref());
        assertEquals("DG-01", first.pointCode());
        assertEquals(OnBehalfStatus.OPEN, first.status());
        assertEquals(NodeLevel.TOWNSHIP, first.decidingLevel());
        assertEquals(NodeLevel.COUNTY, second.decidingLevel());
        assertTrue(!first.applicantIdMasked().contains("19491231"), first.applicantIdMasked());
        assertNull(first.projectName());
        assertTrue(second.greenChannel());
        assertEquals("新城棚改项目", second.projectName());
    }

    @Test
    void openingIsAuditedAndCountedUpwards() {
        OnBehalfCase k = opening.open(AGENT, request(PLOT, null));
        assertTrue(h.audited("surrogate.opened", "agent"));
        assertTrue(h.audit.entries.stream().anyMatch(a -> a.detail().contains("decided at TOWNSHIP (here)")));
        assertTrue(h.outboxTypes().contains(CaseNews.SUMMARY), h.outboxTypes().toString());
        assertEquals(k.ref(), h.outbox.appended.get(h.outbox.appended.size() - 1).subject().substring("surrogate:".length()));
    }

    @Test
    void onlyARegisteredAgentOpensACase() {
        RuntimeException e = assertThrows(RuntimeException.class, () -> opening.open(CLERK, request(PLOT, null)));
        assertEquals(403, status(e));
        assertTrue(h.surrogate.reads.list(SurrogateHarness.OPS, false).isEmpty());
    }
}
