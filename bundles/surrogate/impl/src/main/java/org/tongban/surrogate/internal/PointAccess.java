package org.tongban.surrogate.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.tongban.core.NodeInfo;
import org.tongban.core.fault.Fault;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.surrogate.Agent;

/** Who may act on this node's agents and cases: the node as a whole, or an agent at their own point. */
final class PointAccess {

    private final NodeInfo node;

    PointAccess(NodeInfo node) {
        this.node = node;
    }

    /** Registering agents and reading all of the node's cases take ops, or a supervisor whose scope holds the node. */
    void requireNodeScope(Caller caller, String what) {
        if (!wholeNode(caller)) {
            throw Fault.forbidden("only ops or a supervisor of " + node.identity().divisionCode() + " may " + what);
        }
    }

    /** The node itself, or ops or a supervisor whose division holds the node. */
    boolean wholeNode(Caller caller) {
        return caller.has(Role.NODE) || ((caller.has(Role.OPS) || caller.has(Role.SUPERVISOR))
                && caller.covers(node.identity().divisionCode()));
    }

    /**
     * The point whose cases the caller reads: an agent's own (from the register); "" for a caller who reads every
     * case of the node (ops, a supervisor whose scope holds the node, the node itself); empty for anyone else.
     */
    Optional<String> pointScope(Connection c, Caller caller) throws SQLException {
        if (wholeNode(caller)) {
            return Optional.of("");
        }
        if (caller.has(Role.AGENT)) {
            return AgentStore.find(c, node.identity().id(), caller.user()).map(Agent::pointCode);
        }
        return Optional.empty();
    }

    /** The account's entry in this node's register; forbidden to anyone who is not in it. */
    Agent agentOf(Connection c, String account) throws SQLException {
        return AgentStore.find(c, node.identity().id(), account).orElseThrow(() -> Fault.forbidden(
                "user " + account + " is not an agent of this node's points (POST /api/v1/surrogate/agents)"));
    }
}
