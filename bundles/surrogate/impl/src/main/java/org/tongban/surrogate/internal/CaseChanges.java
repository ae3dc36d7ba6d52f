package org.tongban.surrogate.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.data.Change;
import org.tongban.core.data.Changes;
import org.tongban.core.fault.Fault;
import org.tongban.core.security.Caller;
import org.tongban.core.text.Text;
import org.tongban.intake.SubmittedMaterial;
import org.tongban.surrogate.Agent;
import org.tongban.surrogate.Fee;
import org.tongban.surrogate.FreeService;
import org.tongban.surrogate.FreeServiceKind;
import org.tongban.surrogate.HandOver;
import org.tongban.surrogate.HandOverStep;
import org.tongban.surrogate.OnBehalfCase;
import org.tongban.surrogate.OnBehalfStatus;

/**
 * What the agent of a case's point does with it once open: collects fees, submits it to the deciding level
 * ({@link ToDecidingNode}), sends a supplement, records what changes hands, and notes free services. Each change runs
 * under the case's row lock, is audited, and sends the case's figures up, all on one {@link Change}.
 */
final class CaseChanges {

    private final Changes changes;
    private final TongbanClock clock;
    private final PointAccess access;
    private final CaseFigures figures;
    private final ToDecidingNode decider;

    CaseChanges(Changes changes, TongbanClock clock, PointAccess access, CaseFigures figures, ToDecidingNode decider) {
        this.changes = changes;
        this.clock = clock;
        this.access = access;
        this.figures = figures;
        this.decider = decider;
    }

    OnBehalfCase addFee(Caller caller, String ref, Fee fee) {
        String agentAccount = caller.user();
        if (fee == null || Text.blank(fee.item()) || fee.amount() == null || fee.amount().signum() < 0 || Text.blank(fee.receiptNumber())) {
            throw Fault.invalid("a fee names its item, a non-negative amount and the receipt number given");
        }
        return change(ref, agentAccount, (ch, k) -> {
            if (k.status() == OnBehalfStatus.CLOSED) {
                throw Fault.conflict(ref + " is closed");
            }
            List<Fee> fees = new ArrayList<>(k.fees());
            fees.add(fee);
            CaseAudit.record(ch, ref, agentAccount, "surrogate.fee", fee.item() + " " + fee.amount() + " yuan, receipt " + fee.receiptNumber());
            return with(k, fees, k.status(), k.submittedAt(), k.closedAt());
        });
    }

    OnBehalfCase submit(Caller caller, String ref) {
        String agentAccount = caller.user();
        Instant now = clock.now();
        return change(ref, agentAccount, (ch, k) -> {
            if (k.status() != OnBehalfStatus.OPEN) {
                throw Fault.conflict(ref + " is " + k.status() + ": it was submitted already");
            }
            Agent agent = access.agentOf(ch.sql(), agentAccount);
            CaseAudit.record(ch, ref, agentAccount, "surrogate.submitted", decider.application(ch, k, agent, now.toEpochMilli()));
            return with(k, k.fees(), OnBehalfStatus.SUBMITTED, now, null);
        });
    }

    OnBehalfCase supplement(Caller caller, String ref, List<SubmittedMaterial> materials) {
        String agentAccount = caller.user();
        if (materials == null || materials.isEmpty()) {
            throw Fault.invalid("a supplement lists at least one material");
        }
        return change(ref, agentAccount, (ch, k) -> {
            if (k.status() != OnBehalfStatus.DEFICIENT) {
                throw Fault.conflict(ref + " is " + k.status() + ": a supplement answers a deficiency notice");
            }
            String added = materials.stream().map(SubmittedMaterial::code).collect(Collectors.joining(", "));
            CaseAudit.record(ch, ref, agentAccount, "surrogate.supplemented", decider.supplement(ch, k, agentAccount, materials,
                    clock.now().toEpochMilli()));
            return new OnBehalfCase(k.ref(), k.agentAccount(), k.pointCode(), k.itemCode(), k.itemName(), k.decidingLevel(),
                    k.applicantName(), k.applicantIdMasked(), k.authorisation(), k.verifiedCertificates(), k.fees(), k.status(),
                    k.caseNumber(), k.missing(), k.promisedDate(), k.outcome(), "补正 sent: " + added, k.greenChannel(), k.projectName(),
                    k.handOvers(), k.freeServices(), k.openedAt(), k.submittedAt(), k.closedAt());
        });
    }

    OnBehalfCase handOver(Caller caller, String ref, HandOverStep step, String items, String receiptRef) {
        String agentAccount = caller.user();
        if (step == null || Text.blank(items)) {
            throw Fault.invalid("step and items (what changed hands) are required");
        }
        Instant now = clock.now();
        return change(ref, agentAccount, (ch, k) -> {
            Optional<String> why = OnBehalfRules.whyNot(step, k.status(), k.handOvers(), receiptRef);
            if (why.isPresent()) {
                throw Fault.conflict(ref + ": " + why.get());
            }
            Agent agent = access.agentOf(ch.sql(), agentAccount);
            String point = agent.pointName();
            String centre = "the " + k.decidingLevel().name().toLowerCase() + " centre";
            String[] parties = switch (step) {
                case MATERIALS_FROM_APPLICANT -> new String[] {k.applicantName(), point};
                case MATERIALS_TO_CENTRE -> new String[] {point, centre};
                case RESULT_FROM_CENTRE -> new String[] {centre, point};
                case RESULT_TO_APPLICANT -> new String[] {point, k.applicantName()};
            };
            LedgerStore.handOver(ch.sql(), ref, new HandOver(step, items.trim(), parties[0], parties[1], agentAccount, now,
                    Text.blank(receiptRef) ? null : receiptRef.trim()));
            CaseAudit.record(ch, ref, agentAccount, "surrogate.handover", step + ": " + items.trim() + " from " + parties[0] + " to " + parties[1]);
            if (step == HandOverStep.RESULT_TO_APPLICANT) {
                CaseAudit.record(ch, ref, agentAccount, "surrogate.closed", "result handed to the applicant, receipt " + receiptRef.trim());
                return with(k, k.fees(), OnBehalfStatus.CLOSED, k.submittedAt(), now);
            }
            return k;
        });
    }

    OnBehalfCase provide(Caller caller, String ref, FreeServiceKind kind, int quantity, String detail) {
        String agentAccount = caller.user();
        List<String> p = OnBehalfRules.freeServiceProblems(kind, quantity, detail);
        if (!p.isEmpty()) {
            throw Fault.invalid("the free service has " + p.size() + " fault(s)", p);
        }
        Instant now = clock.now();
        return change(ref, agentAccount, (ch, k) -> {
            if (k.status() == OnBehalfStatus.CLOSED) {
                throw Fault.conflict(ref + " is closed");
            }
            String d = Text.blank(detail) ? null : detail.trim();
            LedgerStore.freeService(ch.sql(), ref, new FreeService(kind, quantity, d, agentAccount, now));
            CaseAudit.record(ch, ref, agentAccount, "surrogate.free-service", kind + " x" + quantity + (d == null ? "" : ": " + d));
            return k;
        });
    }

    /** What one change does to the case it is handed (locked), answering the case as it is to be stored. */
    private interface Step {
        OnBehalfCase apply(Change ch, OnBehalfCase k) throws SQLException;
    }

    /** Runs a change of a case of the agent's point under its row lock. */
    private OnBehalfCase change(String ref, String agentAccount, Step step) {
        return changes.apply(ch -> {
            Agent agent = access.agentOf(ch.sql(), agentAccount);
            // Another point's case is not found: its existence is that point's business.
            OnBehalfCase k = CaseStore.lock(ch.sql(), ref).filter(x -> x.pointCode().equals(agent.pointCode()))
                    .orElseThrow(() -> Fault.notFound("no on-behalf case " + ref));
            CaseStore.update(ch.sql(), step.apply(ch, k));
            return figures.summarise(ch, ref);
        });
    }

    static OnBehalfCase with(OnBehalfCase k, List<Fee> fees, OnBehalfStatus status, Instant submitted, Instant closed) {
        return new OnBehalfCase(k.ref(), k.agentAccount(), k.pointCode(), k.itemCode(), k.itemName(), k.decidingLevel(),
                k.applicantName(), k.applicantIdMasked(), k.authorisation(), k.verifiedCertificates(), fees, status, k.caseNumber(),
                k.missing(), k.promisedDate(), k.outcome(), k.lastNews(), k.greenChannel(), k.projectName(), k.handOvers(), k.freeServices(),
                k.openedAt(), submitted, closed);
    }
}
