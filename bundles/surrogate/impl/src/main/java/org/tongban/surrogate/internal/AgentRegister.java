package org.tongban.surrogate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.core.NodeIdentity;
import org.tongban.core.NodeInfo;
import org.tongban.core.NodeLevel;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.data.Changes;
import org.tongban.core.data.Transactions;
import org.tongban.core.fault.Fault;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.core.text.Text;
import org.tongban.core.validation.MobileNumber;
import org.tongban.surrogate.Agent;

/** The agent register: this node registers its points' agents and tells the network above; the network is read back. */
final class AgentRegister {

    private final Transactions tx;
    private final Changes changes;
    private final NodeInfo node;
    private final TongbanClock clock;
    private final PointAccess access;

    AgentRegister(Transactions tx, Changes changes, NodeInfo node, TongbanClock clock, PointAccess access) {
        this.tx = tx;
        this.changes = changes;
        this.node = node;
        this.clock = clock;
        this.access = access;
    }

    Agent register(Caller caller, String account, String name, String mobile, String pointCode, String pointName) {
        access.requireNodeScope(caller, "register agents");
        String actor = caller.user();
        List<String> p = new ArrayList<>();
        if (Text.blank(account) || Text.blank(name) || Text.blank(pointCode) || Text.blank(pointName)) {
            p.add("account, name, pointCode and pointName are required");
        }
        MobileNumber.validate(mobile).errors().forEach(e -> p.add("mobile: " + e));
        if (!p.isEmpty()) {
            throw Fault.invalid("the agent has " + p.size() + " fault(s)", p);
        }
        NodeIdentity me = node.identity();
        Agent a = new Agent(account.trim(), name.trim(), mobile, pointCode.trim(), pointName.trim(), me.level(), me.divisionCode(), me.id());
        return changes.apply(ch -> {
            AgentStore.save(ch.sql(), a, clock.now().toEpochMilli());
            ch.audit(new AuditEntry(actor, caller.role(), "surrogate.agent.registered", "surrogate-agent:" + a.account(),
                    a.name() + " at " + a.pointName()));
            // The network upwards learns of the agent (mobile masked: it is the point's business to call them).
            ch.emit("surrogate-agent:" + me.id() + "/" + a.account(), "surrogate.agent.registered", 1,
                    Map.of("account", a.account(), "name", a.name(), "mobile", MobileNumber.mask(a.mobile()), "pointCode", a.pointCode(),
                            "pointName", a.pointName(), "level", a.level().name(), "divisionCode", a.divisionCode(), "nodeId", me.id()));
            return a;
        });
    }

    List<Agent> network(Caller caller, NodeLevel level, String divisionPrefix) {
        Optional<String> prefix = caller.within(divisionPrefix);
        if (prefix.isEmpty()) {
            return List.of();
        }
        List<Agent> agents = tx.read(c -> AgentStore.network(c, level, prefix.get().isEmpty() ? null : prefix.get()));
        // People read the network with phones masked; only a node (syncing its children's network) needs them whole.
        return caller.has(Role.NODE) ? agents : agents.stream().map(Agent::masked).toList();
    }
}
