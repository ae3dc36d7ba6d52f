package org.tongban.surrogate.internal;

import org.tongban.core.fault.Fault;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.NodeInfo;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.data.Changes;
import org.tongban.core.data.Transactions;
import org.tongban.core.security.Caller;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.CaseView;
import org.tongban.intake.Delivery;
import org.tongban.intake.DeliveryMethod;
import org.tongban.intake.Intake;
import org.tongban.surrogate.ForwardedCase;
import org.tongban.surrogate.HandOver;
import org.tongban.surrogate.HandOverStep;
import org.tongban.surrogate.SurrogateCentre;
import org.tongban.sync.Sync;

/**
 * The upper centre's end of the hand-over ledger, on a node with intake. Each transfer is recorded here with the clerk
 * who took or gave the papers, audited, and sent down to the point (in the same change) so the point's ledger
 * holds both ends (for a case of this node's own points, taken in by its own intake, the ledger is the one here).
 * Giving the result to the point's agent is the deciding case's delivery (出件). Referenced by the REST resource only;
 * it binds intake and sync, which never bind it back.
 */
@Component(service = SurrogateCentre.class)
public class SurrogateCentreComponent implements SurrogateCentre {

    private final Transactions tx;
    private final Changes changes;
    private final Intake intake;
    private final WayDown down;
    private final NodeInfo node;
    private final TongbanClock clock;

    /** {@code surrogate} is referenced so its tables exist. */
    @Activate
    public SurrogateCentreComponent(@Reference Transactions tx, @Reference Changes changes, @Reference Intake intake,
                                    @Reference Sync sync, @Reference NodeInfo node, @Reference TongbanClock clock,
                                    @Reference SurrogateComponent surrogate) {
        this.tx = tx;
        this.changes = changes;
        this.intake = intake;
        this.down = new WayDown(sync, node, surrogate);
        this.node = node;
        this.clock = clock;
    }

    @Override
    public List<ForwardedCase> forwarded(Caller caller, String status, int limit) {
        if (status != null && !List.of("PENDING", "DONE", "REFUSED").contains(status)) {
            throw Fault.invalid("status is PENDING, DONE or REFUSED");
        }
        return tx.read(c -> {
            Map<String, String> divisions = new java.util.HashMap<>();
            List<ForwardedCase> out = new java.util.ArrayList<>();
            // Filtered after reading: a node sees a few hundred forwarded applications, not millions.
            for (ForwardedCase f : ForwardedStore.list(c, status, 500)) {
                if (out.size() < Math.max(1, Math.min(limit, 500)) && caller.covers(divisions.computeIfAbsent(f.originNode(),
                        n -> division(c, n)))) {
                    out.add(f);
                }
            }
            return out;
        });
    }

    @Override
    public Optional<ForwardedCase> forwarded(Caller caller, String ref) {
        return tx.read(c -> ForwardedStore.find(c, ref, false).filter(f -> caller.covers(division(c, f.originNode()))));
    }

    /** The division of the node an application came from, as its agents' registration told this node. */
    private String division(java.sql.Connection c, String originNode) {
        try {
            return AgentStore.nodeDivision(c, originNode).orElse(node.identity().divisionCode());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public ForwardedCase handOver(Caller caller, String ref, HandOverStep step, String items, String receiptRef) {
        if (step == null || items == null || items.isBlank()) {
            throw Fault.invalid("step and items (what changed hands) are required");
        }
        if (!caller.has(org.tongban.core.rest.Role.CLERK)) {
            throw Fault.forbidden("papers and results change hands with a window clerk");
        }
        String clerk = caller.user();
        ForwardedCase f = forwarded(caller, ref)
                .orElseThrow(() -> Fault.notFound("no application " + ref + " was forwarded to this node"));
        Optional<CaseView> kase = f.caseNumber() == null ? Optional.empty() : intake.find(Caller.system("surrogate"), f.caseNumber());
        String centreMark = "@" + node.identity().id();
        check(step, f, kase, centreMark);
        if (step == HandOverStep.RESULT_FROM_CENTRE && kase.isPresent() && kase.get().status() == CaseStatus.DECIDED) {
            // Intake's own change: if this one then fails, the clerk's retry finds the case delivered and goes on.
            intake.deliver(caller, f.caseNumber(),
                    new Delivery(DeliveryMethod.WINDOW, agentName(f), null, null, null));
        }
        Instant now = clock.now();
        String centre = node.identity().name();
        String here = clerk + "@" + node.identity().id();
        return changes.apply(ch -> {
            java.sql.Connection c = ch.sql();
            ForwardedCase locked = ForwardedStore.find(c, ref, true).orElseThrow();
            check(step, locked, kase, centreMark); // a second clerk may have recorded it meanwhile
            String[] parties = step == HandOverStep.MATERIALS_TO_CENTRE ? new String[] {agentName(f), centre}
                    : new String[] {centre, agentName(f)};
            HandOver h = new HandOver(step, items.trim(), parties[0], parties[1], here, now,
                    receiptRef == null || receiptRef.isBlank() ? null : receiptRef.trim());
            LedgerStore.handOver(c, ref, h);
            ch.audit(new AuditEntry(clerk, "clerk", "surrogate.centre.handover", "surrogate:" + ref,
                    step + ": " + h.items() + " from " + h.fromParty() + " to " + h.toParty()));
            Map<String, Object> news = new LinkedHashMap<>();
            news.put("ref", ref);
            news.put("step", step.name());
            news.put("items", h.items());
            news.put("fromParty", h.fromParty());
            news.put("toParty", h.toParty());
            news.put("recordedBy", here);
            news.put("atMs", now.toEpochMilli());
            news.put("receiptRef", h.receiptRef());
            if (!down.send(ch, f.originNode(), ref, CaseNews.HANDOVER, news)) {
                throw Fault.unprocessable("no-way-down", "no way down to " + f.originNode() + " is known here");
            }
            return ForwardedStore.find(c, ref, false).orElseThrow();
        });
    }

    /**
     * The centre's own entries are those its clerks recorded ({@code clerk@node}): for a case of this node's own points
     * the one ledger also holds the agent's entries, which do not count as the centre's.
     */
    private static void check(HandOverStep step, ForwardedCase f, Optional<CaseView> kase, String centreMark) {
        List<HandOver> centre = f.handOvers().stream().filter(h -> h.recordedBy() != null && h.recordedBy().endsWith(centreMark)).toList();
        OnBehalfRules.whyNotAtCentre(step, f.status(), kase.map(k -> k.status().name()).orElse(null), centre)
                .ifPresent(why -> {
                    throw Fault.conflict(f.ref() + ": " + why);
                });
    }

    /** The forwarded application names its agent as {@code account@node}; the point's agent is who the papers go to. */
    private static String agentName(ForwardedCase f) {
        return "agent " + f.agent();
    }
}
