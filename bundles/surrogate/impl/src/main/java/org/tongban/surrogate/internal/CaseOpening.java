package org.tongban.surrogate.internal;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.ServiceItem;
import org.tongban.core.NodeIdentity;
import org.tongban.core.NodeInfo;
import org.tongban.core.NodeLevel;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.data.Changes;
import org.tongban.core.fault.Fault;
import org.tongban.core.security.Caller;
import org.tongban.core.validation.ResidentId;
import org.tongban.intake.Application;
import org.tongban.intake.Channel;
import org.tongban.surrogate.Agent;
import org.tongban.surrogate.OnBehalfCase;
import org.tongban.surrogate.OnBehalfRequest;
import org.tongban.surrogate.OnBehalfStatus;

/**
 * An agent opens a case for an applicant with the signed authorisation: the item must be in the catalogue and decided
 * at a level the case can reach ({@link OnBehalfRoute}); the application is kept with the case until it is submitted.
 */
final class CaseOpening {

    private final Changes changes;
    private final Catalog catalog;
    private final NodeInfo node;
    private final TongbanClock clock;
    private final PointAccess access;
    private final CaseFigures figures;

    CaseOpening(Changes changes, Catalog catalog, NodeInfo node, TongbanClock clock, PointAccess access, CaseFigures figures) {
        this.changes = changes;
        this.catalog = catalog;
        this.node = node;
        this.clock = clock;
        this.access = access;
        this.figures = figures;
    }

    OnBehalfCase open(Caller caller, OnBehalfRequest r) {
        String agentAccount = caller.user();
        List<String> p = new ArrayList<>(OnBehalfRules.problems(r));
        if (!p.isEmpty()) {
            throw Fault.invalid("the case has " + p.size() + " fault(s)", p);
        }
        ServiceItem item = catalog.current(r.itemCode().trim()).orElseThrow(() -> Fault.unprocessable("unknown-item",
                "no item " + r.itemCode() + " in this node's catalogue")).item();
        NodeIdentity me = node.identity();
        OnBehalfRoute route = OnBehalfRoute.of(me.level(), item.handledAt(), node.capabilities().contains(SurrogateComponent.INTAKE), item.name());
        if (route.refused()) {
            throw Fault.unprocessable(route.problem(), route.reason());
        }
        NodeLevel deciding = route.decidingLevel();
        Instant now = clock.now();
        return changes.apply(ch -> {
            Connection c = ch.sql();
            Agent agent = access.agentOf(c, agentAccount);
            String ref = me.id() + "/" + CaseStore.nextNumber(c);
            // A green-channel case goes first in every queue of the deciding node.
            Application application = new Application(item.implementationCode(), r.applicant(), r.form(), r.materials(), Channel.AGENT,
                    false, null, ref, r.greenChannel());
            OnBehalfCase k = new OnBehalfCase(ref, agent.account(), agent.pointCode(), item.implementationCode(), item.name(), deciding,
                    r.applicant().name(), ResidentId.mask(r.applicant().idNumber()), r.authorisation(), r.verifiedCertificates(),
                    List.of(), OnBehalfStatus.OPEN, null, List.of(), null, null, null, r.greenChannel(),
                    r.greenChannel() ? r.projectName().trim() : null, List.of(), List.of(), now, null, null);
            CaseStore.insert(c, k, StoredJson.json(application));
            CaseAudit.record(ch, ref, agentAccount, "surrogate.opened", "for " + k.applicantName() + ": " + item.name() + ", decided at "
                    + deciding + (route.local() ? " (here)" : "") + "; authorised by " + r.authorisation().signedBy() + " on " + r.authorisation().signedOn()
                    + (r.greenChannel() ? "; green channel: " + k.projectName() : ""));
            return figures.summarise(ch, ref);
        });
    }
}
