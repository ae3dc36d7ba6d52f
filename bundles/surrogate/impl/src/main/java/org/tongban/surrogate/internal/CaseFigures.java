package org.tongban.surrogate.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.tongban.core.NodeIdentity;
import org.tongban.core.NodeInfo;
import org.tongban.core.data.Change;
import org.tongban.core.data.Transactions;
import org.tongban.core.security.Caller;
import org.tongban.surrogate.Agent;
import org.tongban.surrogate.Fee;
import org.tongban.surrogate.FreeService;
import org.tongban.surrogate.FreeServiceKind;
import org.tongban.surrogate.OnBehalfCase;
import org.tongban.surrogate.Workload;
import org.tongban.surrogate.WorkloadBy;

/** The network's figures of on-behalf cases: each case's summary, written here and sent up, and the workload read from them. */
final class CaseFigures {

    private final Transactions tx;
    private final NodeInfo node;

    CaseFigures(Transactions tx, NodeInfo node) {
        this.tx = tx;
        this.node = node;
    }

    List<Workload> workload(Caller caller, WorkloadBy by, String divisionPrefix) {
        Optional<String> prefix = caller.within(divisionPrefix);
        if (prefix.isEmpty()) {
            return List.of();
        }
        List<NetworkCase> cases = tx.read(c -> NetworkCaseStore.list(c, prefix.get().isEmpty() ? null : prefix.get()));
        return NetworkFigures.workload(cases, by == null ? WorkloadBy.AGENT : by);
    }

    /**
     * Writes the case's figures here and sends them up (an event of the caller's change, for sync), so every node
     * above counts the case in its network's workload. Called after every change of an on-behalf case; returns the case
     * as it now is.
     */
    OnBehalfCase summarise(Change change, String ref) throws SQLException {
        Connection c = change.sql();
        OnBehalfCase k = CaseStore.find(c, ref).orElseThrow();
        NodeIdentity me = node.identity();
        Optional<Agent> agent = AgentStore.find(c, me.id(), k.agentAccount());
        BigDecimal fees = k.fees().stream().map(Fee::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        NetworkCase summary = new NetworkCase(ref, me.id(), k.agentAccount(), agent.map(Agent::name).orElse(k.agentAccount()),
                k.pointCode(), agent.map(Agent::pointName).orElse(k.pointCode()), me.level(), me.divisionCode(), k.status().name(),
                k.greenChannel(), fees, count(k, FreeServiceKind.COPY), count(k, FreeServiceKind.MAILING), k.openedAt().toEpochMilli(),
                k.closedAt() == null ? null : k.closedAt().toEpochMilli(), NetworkCaseStore.revision(c, ref) + 1);
        NetworkCaseStore.saveIfNewer(c, summary);
        change.emit("surrogate:" + ref, CaseNews.SUMMARY, 1, summary.payload());
        return k;
    }

    private static int count(OnBehalfCase k, FreeServiceKind kind) {
        return k.freeServices().stream().filter(f -> f.kind() == kind).mapToInt(FreeService::quantity).sum();
    }
}
