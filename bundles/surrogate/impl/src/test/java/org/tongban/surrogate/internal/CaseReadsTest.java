package org.tongban.surrogate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongban.surrogate.internal.SurrogateHarness.AGENT;
import static org.tongban.surrogate.internal.SurrogateHarness.CLERK;
import static org.tongban.surrogate.internal.SurrogateHarness.FOOD;
import static org.tongban.surrogate.internal.SurrogateHarness.OPS;
import static org.tongban.surrogate.internal.SurrogateHarness.OTHER_AGENT;
import static org.tongban.surrogate.internal.SurrogateHarness.PLOT;
import static org.tongban.surrogate.internal.SurrogateHarness.request;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.surrogate.OnBehalfCase;
import org.tongban.surrogate.WorkloadBy;

/** Reading cases and figures on their own: an agent sees their point's, the node every one, anyone else none. */
class CaseReadsTest {

    private final SurrogateHarness h = new SurrogateHarness();
    private CaseReads reads;
    private OnBehalfCase mine;
    private OnBehalfCase green;

    @BeforeEach
    void cases() {
        h.registerAgents();
        reads = h.surrogate.reads;
        mine = h.surrogate.opening.open(AGENT, request(PLOT, null));
        green = h.surrogate.opening.open(OTHER_AGENT, request(FOOD, "新城棚改项目"));
    }

    @Test
    void anAgentSeesOnlyTheirPointsCases() {
        assertEquals(List.of(mine.ref()), reads.list(AGENT, false).stream().map(OnBehalfCase::ref).toList());
        assertTrue(reads.find(AGENT, green.ref()).isEmpty());
        assertTrue(reads.find(OTHER_AGENT, green.ref()).isPresent());
    }

    @Test
    void theNodeSeesEveryCaseGreenChannelFirstAndAClerkNone() {
        assertEquals(List.of(green.ref(), mine.ref()), reads.list(OPS, false).stream().map(OnBehalfCase::ref).toList());
        assertEquals(List.of(green.ref()), reads.list(OPS, true).stream().map(OnBehalfCase::ref).toList());
        assertTrue(reads.list(CLERK, false).isEmpty());
        assertTrue(reads.find(CLERK, mine.ref()).isEmpty());
    }

    @Test
    void theWorkloadCountsEveryPointsCases() {
        int cases = h.surrogate.figures.workload(OPS, WorkloadBy.AGENT, null).stream().mapToInt(w -> (int) w.cases()).sum();
        assertEquals(2, cases);
    }
}
