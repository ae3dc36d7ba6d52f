package org.tongban.surrogate;

import java.util.List;
import java.util.Optional;
import org.tongban.core.NodeLevel;
import org.tongban.intake.SubmittedMaterial;

/**
 * 帮办代办 on this node. An agent works only on the cases of their own point. Every change is audited; what the
 * deciding node must know travels up through sync, and its news comes back down the same way.
 */
public interface Surrogate {

    Agent registerAgent(String account, String name, String mobile, String pointCode, String pointName, String actor);

    /** The network as this node knows it (its own agents and those of the points below), by level and division prefix. */
    List<Agent> network(NodeLevel level, String divisionPrefix);

    OnBehalfCase open(OnBehalfRequest request, String agentAccount);

    OnBehalfCase addFee(String ref, Fee fee, String agentAccount);

    /** Sends the case up to the node that decides it (through sync: it waits in the outbox while the line is down). */
    OnBehalfCase submit(String ref, String agentAccount);

    /**
     * Answers the deciding node's deficiency notice (补正): the materials go up the way the application went, and intake
     * there checks the case again.
     */
    OnBehalfCase supplement(String ref, List<SubmittedMaterial> materials, String agentAccount);

    OnBehalfCase handOver(String ref, HandOverStep step, String items, String receiptRef, String agentAccount);

    /** Records a free service given on the case: copies (pages), or a mailing (detail names carrier and tracking number). */
    OnBehalfCase provide(String ref, FreeServiceKind kind, int quantity, String detail, String agentAccount);

    Optional<OnBehalfCase> find(String ref);

    /** An agent's cases (all of the node's for null), green channel first, then the earliest promised date. */
    List<OnBehalfCase> list(String agentAccount, boolean greenChannelOnly);

    /**
     * Figures per agent, point or level over every on-behalf case this node knows: its own points' and, through sync,
     * those of every point below it; optionally only where the division code starts with {@code divisionPrefix}.
     */
    List<Workload> workload(WorkloadBy by, String divisionPrefix);
}
