package org.tongban.surrogate;

import java.util.List;
import java.util.Optional;
import org.tongban.core.NodeLevel;
import org.tongban.core.security.Caller;
import org.tongban.intake.SubmittedMaterial;

/**
 * 帮办代办 on this node. An agent reads and works only on the cases of their own point; a supervisor reads the cases
 * and figures of the points in their division's scope; ops the node's. A case out of the caller's scope is not found;
 * an action the caller's role may not take is forbidden. Every change is audited; what the deciding node must know
 * travels up through sync, and its news comes back down the same way (or, decided here, comes from this node's intake).
 */
public interface Surrogate {

    Agent registerAgent(Caller caller, String account, String name, String mobile, String pointCode, String pointName);

    /**
     * The network as this node knows it (its own agents and those of the points below), by level and division prefix,
     * within the caller's division scope.
     */
    List<Agent> network(Caller caller, NodeLevel level, String divisionPrefix);

    OnBehalfCase open(Caller caller, OnBehalfRequest request);

    OnBehalfCase addFee(Caller caller, String ref, Fee fee);

    /**
     * Sends the case up to the node that decides it (through sync: it waits in the outbox while the line is down); an
     * item handled at this node's own level (its {@code decidingLevel} is the node's) is handed to this node's own
     * intake instead, and the case follows intake's case here.
     */
    OnBehalfCase submit(Caller caller, String ref);

    /**
     * Answers the deciding node's deficiency notice (补正): the materials go up the way the application went, and intake
     * there checks the case again.
     */
    OnBehalfCase supplement(Caller caller, String ref, List<SubmittedMaterial> materials);

    OnBehalfCase handOver(Caller caller, String ref, HandOverStep step, String items, String receiptRef);

    /** Records a free service given on the case: copies (pages), or a mailing (detail names carrier and tracking number). */
    OnBehalfCase provide(Caller caller, String ref, FreeServiceKind kind, int quantity, String detail);

    /** A case in the caller's scope (an agent's point; a supervisor's divisions); empty otherwise. */
    Optional<OnBehalfCase> find(Caller caller, String ref);

    /**
     * The cases in the caller's scope (an agent's: their point's; a supervisor's or ops': the node's, when the node's
     * division is in their scope), green channel first, then the earliest promised date.
     */
    List<OnBehalfCase> list(Caller caller, boolean greenChannelOnly);

    /**
     * Figures per agent, point or level over every on-behalf case this node knows: its own points' and, through sync,
     * those of every point below it; optionally only where the division code starts with {@code divisionPrefix}; never
     * outside the caller's division scope.
     */
    List<Workload> workload(Caller caller, WorkloadBy by, String divisionPrefix);
}
