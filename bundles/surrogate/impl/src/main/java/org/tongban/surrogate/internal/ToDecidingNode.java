package org.tongban.surrogate.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tongban.core.NodeInfo;
import org.tongban.core.data.Change;
import org.tongban.intake.SubmittedMaterial;
import org.tongban.surrogate.Agent;
import org.tongban.surrogate.OnBehalfCase;

/**
 * Where a submitted on-behalf case and its supplements go, as part of the caller's change: up through the outbox to the
 * level that decides it (it waits there while the line is down, and arrives once in effect), or, for a case decided at
 * this node's own level, to this node's intake: kept as a forwarded application is, for {@link ForwardedIntake}.
 */
final class ToDecidingNode {

    private final NodeInfo node;

    ToDecidingNode(NodeInfo node) {
        this.node = node;
    }

    /** A case decided at this node's own level: its own intake takes it in (see {@link OnBehalfRoute}). */
    boolean local(OnBehalfCase k) {
        return k.decidingLevel() == node.identity().level();
    }

    /** Sends the application of {@code k}; answers where it went, for the audit. */
    String application(Change ch, OnBehalfCase k, Agent agent, long nowMs) throws SQLException {
        Connection c = ch.sql();
        String me = node.identity().id();
        String application = CaseStore.application(c, k.ref());
        if (local(k)) {
            ForwardedStore.record(c, k.ref(), me, UUID.randomUUID().toString(), application, agent.account() + "@" + me, nowMs);
            return "handed to this " + k.decidingLevel() + "'s own intake, which decides it";
        }
        Map<String, Object> payload = payload(k, agent.account());
        payload.put("agentName", agent.name() + ", " + agent.pointName());
        payload.put("application", StoredJson.read(application, com.fasterxml.jackson.databind.JsonNode.class));
        payload.put("greenChannel", k.greenChannel());
        payload.put("projectName", k.projectName());
        ch.emit("surrogate:" + k.ref(), "surrogate.application", 1, payload);
        return "sent up to the " + k.decidingLevel() + " that decides it";
    }

    /** Sends a supplement (补正) of {@code k}; answers where it went, for the audit. */
    String supplement(Change ch, OnBehalfCase k, String agentAccount, List<SubmittedMaterial> materials, long nowMs)
            throws SQLException {
        String added = materials.stream().map(SubmittedMaterial::code).collect(Collectors.joining(", "));
        if (local(k)) {
            String me = node.identity().id();
            SupplementStore.record(ch.sql(), UUID.randomUUID().toString(), k.ref(), me, StoredJson.json(materials), agentAccount + "@" + me,
                    nowMs);
            return "补正 handed to this node's intake: " + added;
        }
        Map<String, Object> payload = payload(k, agentAccount);
        payload.put("materials", materials);
        ch.emit("surrogate:" + k.ref(), "surrogate.supplement", 1, payload);
        return "补正 sent up: " + added;
    }

    private Map<String, Object> payload(OnBehalfCase k, String agentAccount) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("ref", k.ref());
        payload.put("originNode", node.identity().id());
        payload.put("decidingLevel", k.decidingLevel().name());
        payload.put("agent", agentAccount + "@" + node.identity().id());
        return payload;
    }
}
