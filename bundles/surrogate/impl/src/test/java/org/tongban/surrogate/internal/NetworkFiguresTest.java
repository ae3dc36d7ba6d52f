package org.tongban.surrogate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.core.NodeLevel;
import org.tongban.surrogate.Workload;
import org.tongban.surrogate.WorkloadBy;

class NetworkFiguresTest {

    private static final long DAY = 86_400_000L;

    private static NetworkCase kase(String ref, String node, String agent, String point, NodeLevel level, String division,
                                    String fees, int copies, int mailings, Long closedAfterDays, boolean green) {
        long opened = 1_000 * DAY;
        return new NetworkCase(ref, node, agent, agent.toUpperCase(), point, point + " point", level, division,
                closedAfterDays == null ? "SUBMITTED" : "CLOSED", green, new BigDecimal(fees), copies, mailings, opened,
                closedAfterDays == null ? null : opened + closedAfterDays * DAY, 1);
    }

    // Two village points under one township (one agent each, and one agent of the same account name at another node),
    // and the township's own point.
    private static final List<NetworkCase> CASES = List.of(
            kase("v1/1", "village-1", "wang", "DG", NodeLevel.VILLAGE, "370783003201", "10.00", 12, 0, 3L, true),
            kase("v1/2", "village-1", "wang", "DG", NodeLevel.VILLAGE, "370783003201", "0", 0, 1, null, false),
            kase("v2/1", "village-2", "wang", "XG", NodeLevel.VILLAGE, "370783003202", "5.50", 4, 1, 5L, false),
            kase("t/1", "township-1", "li", "WJ", NodeLevel.TOWNSHIP, "370783003", "0", 2, 0, 1L, false));

    @Test
    void perAgentAnAccountIsItsNodes() {
        List<Workload> w = NetworkFigures.workload(CASES, WorkloadBy.AGENT);
        assertEquals(List.of("li@township-1", "wang@village-1", "wang@village-2"), w.stream().map(Workload::key).toList(),
                "the same account at two nodes is two agents");
        Workload wang = w.get(1);
        assertEquals(2, wang.cases());
        assertEquals(1, wang.pending());
        assertEquals(1, wang.closed());
        assertEquals(3.0, wang.averageDays(), "only closed cases count for the average");
        assertEquals(new BigDecimal("10.00"), wang.fees());
        assertEquals(1, wang.greenChannel());
        assertEquals(12, wang.freeCopies());
        assertEquals(1, wang.mailings());
        assertEquals("WANG, DG point", wang.name());
        assertEquals("370783003201", wang.divisionCode());
    }

    @Test
    void perLevelTheVillagesAddUp() {
        List<Workload> w = NetworkFigures.workload(CASES, WorkloadBy.LEVEL);
        assertEquals(List.of("TOWNSHIP", "VILLAGE"), w.stream().map(Workload::key).toList());
        Workload villages = w.get(1);
        assertEquals(3, villages.cases());
        assertEquals(2, villages.closed());
        assertEquals(4.0, villages.averageDays());
        assertEquals(new BigDecimal("15.50"), villages.fees());
        assertEquals(16, villages.freeCopies());
        assertEquals(2, villages.mailings());
        assertEquals("", villages.divisionCode(), "a level spans divisions");
    }

    @Test
    void perPointAndNothingWhenNothingIsKnown() {
        assertEquals(List.of("township-1/WJ", "village-1/DG", "village-2/XG"),
                NetworkFigures.workload(CASES, WorkloadBy.POINT).stream().map(Workload::key).toList());
        assertEquals(List.of(), NetworkFigures.workload(List.of(), WorkloadBy.LEVEL));
    }
}
