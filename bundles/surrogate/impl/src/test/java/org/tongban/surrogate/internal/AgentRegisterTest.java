package org.tongban.surrogate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tongban.surrogate.internal.SurrogateHarness.AGENT;
import static org.tongban.surrogate.internal.SurrogateHarness.CLERK;
import static org.tongban.surrogate.internal.SurrogateHarness.NODE;
import static org.tongban.surrogate.internal.SurrogateHarness.OPS;
import static org.tongban.surrogate.internal.SurrogateHarness.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.core.NodeLevel;
import org.tongban.surrogate.Agent;
import org.tongban.testsupport.RecordingOutbox;

/** The agent register on its own: who may register, what is refused, what the network above is told. */
class AgentRegisterTest {

    private final SurrogateHarness h = new SurrogateHarness();
    private final AgentRegister register = h.surrogate.agents;

    @Test
    void onlyTheNodeScopeRegistersAgents() {
        for (var caller : List.of(AGENT, CLERK)) {
            RuntimeException e = assertThrows(RuntimeException.class,
                    () -> register.register(caller, "agent", "王秀英", "13905368888", "DG-01", "东关村代办点"));
            assertEquals(403, status(e));
        }
        assertTrue(register.network(OPS, null, null).isEmpty());
    }

    @Test
    void aFaultyAgentIsRefusedWithItsProblems() {
        RuntimeException e = assertThrows(RuntimeException.class, () -> register.register(OPS, " ", "王秀英", "123", "DG-01", "东关村代办点"));
        assertEquals(400, status(e));
        assertTrue(e.getMessage().startsWith("the agent has "), e.getMessage());
        assertTrue(register.network(OPS, null, null).isEmpty());
    }

    @Test
    void registeringIsAuditedAndToldUpwardsWithThePhoneMasked() {
        Agent a = register.register(OPS, " agent ", "王秀英", "13905368888", " DG-01 ", "东关村代办点");
        assertEquals(new Agent("agent", "王秀英", "13905368888", "DG-01", "东关村代办点", NodeLevel.TOWNSHIP, "370783003", NODE), a);
        assertTrue(h.audited("surrogate.agent.registered", "ops"));
        RecordingOutbox.Appended told = h.outbox.appended.get(h.outbox.appended.size() - 1);
        assertEquals("surrogate-agent:" + NODE + "/agent", told.subject());
        assertEquals("surrogate.agent.registered", told.event().type());
        String mobile = (String) ((Map<?, ?>) told.event().payload()).get("mobile");
        assertTrue(mobile.contains("****") && !mobile.contains("05368888"), mobile);
    }

    @Test
    void registeringAgainReplacesTheEntry() {
        register.register(OPS, "agent", "王秀英", "13905368888", "DG-01", "东关村代办点");
        register.register(OPS, "agent", "王秀英", "13905368888", "XG-01", "西关村代办点");
        List<Agent> network = register.network(OPS, NodeLevel.TOWNSHIP, null);
        assertEquals(1, network.size());
        assertEquals("XG-01", network.get(0).pointCode());
        assertTrue(register.network(OPS, NodeLevel.VILLAGE, null).isEmpty(), "filtered by level");
    }
}
