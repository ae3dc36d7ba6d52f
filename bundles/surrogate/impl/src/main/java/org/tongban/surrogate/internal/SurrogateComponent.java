package org.tongban.surrogate.internal;

import org.tongban.core.text.Text;
import org.tongban.core.fault.Fault;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.ServiceItem;
import org.tongban.core.NodeIdentity;
import org.tongban.core.NodeInfo;
import org.tongban.core.NodeLevel;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.audit.AuditTrail;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.data.SchemaMigrations;
import org.tongban.core.data.Transactions;
import org.tongban.core.outbox.Outbox;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.core.validation.MobileNumber;
import org.tongban.core.validation.ResidentId;
import org.tongban.intake.Application;
import org.tongban.intake.Channel;
import org.tongban.intake.SubmittedMaterial;
import org.tongban.surrogate.Agent;
import org.tongban.surrogate.Fee;
import org.tongban.surrogate.FreeService;
import org.tongban.surrogate.FreeServiceKind;
import org.tongban.surrogate.HandOver;
import org.tongban.surrogate.HandOverStep;
import org.tongban.surrogate.OnBehalfCase;
import org.tongban.surrogate.OnBehalfRequest;
import org.tongban.surrogate.OnBehalfStatus;
import org.tongban.surrogate.Surrogate;
import org.tongban.surrogate.Workload;
import org.tongban.surrogate.WorkloadBy;

/**
 * 帮办代办 at a point. An agent opens a case for an applicant with the signed authorisation, collects papers and fees,
 * and submits it: the application goes into the outbox (so it waits there while the line is down) addressed to the
 * level that decides the item; that node's news comes back down through sync (see {@link CaseNews}). An item handled
 * at this node's own level is taken in by its own intake instead ({@link ForwardedIntake}), whose news is applied here
 * in the transaction of each change ({@link CaseNewsSender}). Every change is audited under the case's reference.
 */
@Component(service = {Surrogate.class, SurrogateComponent.class})
public class SurrogateComponent implements Surrogate {

    /** The feature whose presence means this node takes cases in at its own hall. */
    static final String INTAKE = "tongban-intake";

    private final Transactions tx;
    private final Catalog catalog;
    private final NodeInfo node;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final TongbanClock clock;
    private final ToDecidingNode decider;

    @Activate
    public SurrogateComponent(@Reference Transactions tx, @Reference SchemaMigrations migrations, @Reference Catalog catalog,
                              @Reference NodeInfo node, @Reference AuditTrail audit, @Reference Outbox outbox,
                              @Reference TongbanClock clock) {
        this.tx = tx;
        this.catalog = catalog;
        this.node = node;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
        this.decider = new ToDecidingNode(outbox, node);
        migrations.migrate("surrogate", SurrogateComponent.class.getClassLoader());
    }

    // ---- agents -----------------------------------------------------------------------------------------------

    @Override
    public Agent registerAgent(Caller caller, String account, String name, String mobile, String pointCode, String pointName) {
        requireNodeScope(caller, "register agents");
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
        return tx.inTransaction(c -> {
            OnBehalfStore.saveAgent(c, a, clock.now().toEpochMilli());
            audit.append(c, new AuditEntry(actor, caller.role(), "surrogate.agent.registered", "surrogate-agent:" + a.account(),
                    a.name() + " at " + a.pointName()));
            // The network upwards learns of the agent (mobile masked: it is the point's business to call them).
            outbox.append(c, "surrogate-agent:" + me.id() + "/" + a.account(), "surrogate.agent.registered", 1,
                    Map.of("account", a.account(), "name", a.name(), "mobile", MobileNumber.mask(a.mobile()), "pointCode", a.pointCode(),
                            "pointName", a.pointName(), "level", a.level().name(), "divisionCode", a.divisionCode(), "nodeId", me.id()));
            return a;
        });
    }

    @Override
    public List<Agent> network(Caller caller, NodeLevel level, String divisionPrefix) {
        Optional<String> prefix = caller.within(divisionPrefix);
        if (prefix.isEmpty()) {
            return List.of();
        }
        List<Agent> agents = tx.read(c -> OnBehalfStore.network(c, level, prefix.get().isEmpty() ? null : prefix.get()));
        // People read the network with phones masked; only a node (syncing its children's network) needs them whole.
        return caller.has(Role.NODE) ? agents : agents.stream().map(Agent::masked).toList();
    }

    /** Registering agents and reading all of the node's cases take ops, or a supervisor whose scope holds the node. */
    private void requireNodeScope(Caller caller, String what) {
        if (!wholeNode(caller)) {
            throw Fault.forbidden("only ops or a supervisor of " + node.identity().divisionCode() + " may " + what);
        }
    }

    /** The node itself, or ops or a supervisor whose division holds the node. */
    private boolean wholeNode(Caller caller) {
        return caller.has(Role.NODE) || ((caller.has(Role.OPS) || caller.has(Role.SUPERVISOR))
                && caller.covers(node.identity().divisionCode()));
    }

    /**
     * The point whose cases the caller reads: an agent's own (from the register); null for a caller who reads every
     * case of the node (ops, a supervisor whose scope holds the node, the node itself); empty for anyone else.
     */
    private Optional<String> pointScope(Connection c, Caller caller) throws SQLException {
        if (wholeNode(caller)) {
            return Optional.of("");
        }
        if (caller.has(Role.AGENT)) {
            return OnBehalfStore.agent(c, node.identity().id(), caller.user()).map(Agent::pointCode);
        }
        return Optional.empty();
    }

    private Agent agentOf(Connection c, String account) throws SQLException {
        return OnBehalfStore.agent(c, node.identity().id(), account).orElseThrow(() -> Fault.forbidden(
                "user " + account + " is not an agent of this node's points (POST /api/v1/surrogate/agents)"));
    }

    // ---- cases ------------------------------------------------------------------------------------------------

    @Override
    public OnBehalfCase open(Caller caller, OnBehalfRequest r) {
        String agentAccount = caller.user();
        List<String> p = new ArrayList<>(OnBehalfRules.problems(r));
        if (!p.isEmpty()) {
            throw Fault.invalid("the case has " + p.size() + " fault(s)", p);
        }
        ServiceItem item = catalog.current(r.itemCode().trim()).orElseThrow(() -> Fault.unprocessable("unknown-item",
                "no item " + r.itemCode() + " in this node's catalogue")).item();
        NodeIdentity me = node.identity();
        OnBehalfRoute route = OnBehalfRoute.of(me.level(), item.handledAt(), node.capabilities().contains(INTAKE), item.name());
        if (route.refused()) {
            throw Fault.unprocessable(route.problem(), route.reason());
        }
        NodeLevel deciding = route.decidingLevel();
        Instant now = clock.now();
        return tx.inTransaction(c -> {
            Agent agent = agentOf(c, agentAccount);
            String ref = me.id() + "/" + OnBehalfStore.nextNumber(c);
            // A green-channel case goes first in every queue of the deciding node.
            Application application = new Application(item.implementationCode(), r.applicant(), r.form(), r.materials(), Channel.AGENT,
                    false, null, ref, r.greenChannel());
            OnBehalfCase k = new OnBehalfCase(ref, agent.account(), agent.pointCode(), item.implementationCode(), item.name(), deciding,
                    r.applicant().name(), ResidentId.mask(r.applicant().idNumber()), r.authorisation(), r.verifiedCertificates(),
                    List.of(), OnBehalfStatus.OPEN, null, List.of(), null, null, null, r.greenChannel(),
                    r.greenChannel() ? r.projectName().trim() : null, List.of(), List.of(), now, null, null);
            OnBehalfStore.insert(c, k, OnBehalfStore.json(application));
            audit(c, ref, agentAccount, "surrogate.opened", "for " + k.applicantName() + ": " + item.name() + ", decided at "
                    + deciding + (route.local() ? " (here)" : "") + "; authorised by " + r.authorisation().signedBy() + " on " + r.authorisation().signedOn()
                    + (r.greenChannel() ? "; green channel: " + k.projectName() : ""));
            return summarise(c, ref);
        });
    }

    @Override
    public OnBehalfCase addFee(Caller caller, String ref, Fee fee) {
        String agentAccount = caller.user();
        if (fee == null || Text.blank(fee.item()) || fee.amount() == null || fee.amount().signum() < 0 || Text.blank(fee.receiptNumber())) {
            throw Fault.invalid("a fee names its item, a non-negative amount and the receipt number given");
        }
        return change(ref, agentAccount, (c, k) -> {
            if (k.status() == OnBehalfStatus.CLOSED) {
                throw Fault.conflict(ref + " is closed");
            }
            List<Fee> fees = new ArrayList<>(k.fees());
            fees.add(fee);
            audit(c, ref, agentAccount, "surrogate.fee", fee.item() + " " + fee.amount() + " yuan, receipt " + fee.receiptNumber());
            return with(k, fees, k.status(), k.submittedAt(), k.closedAt());
        });
    }

    @Override
    public OnBehalfCase submit(Caller caller, String ref) {
        String agentAccount = caller.user();
        Instant now = clock.now();
        return change(ref, agentAccount, (c, k) -> {
            if (k.status() != OnBehalfStatus.OPEN) {
                throw Fault.conflict(ref + " is " + k.status() + ": it was submitted already");
            }
            Agent agent = agentOf(c, agentAccount);
            audit(c, ref, agentAccount, "surrogate.submitted", decider.application(c, k, agent, now.toEpochMilli()));
            return with(k, k.fees(), OnBehalfStatus.SUBMITTED, now, null);
        });
    }

    @Override
    public OnBehalfCase supplement(Caller caller, String ref, List<SubmittedMaterial> materials) {
        String agentAccount = caller.user();
        if (materials == null || materials.isEmpty()) {
            throw Fault.invalid("a supplement lists at least one material");
        }
        return change(ref, agentAccount, (c, k) -> {
            if (k.status() != OnBehalfStatus.DEFICIENT) {
                throw Fault.conflict(ref + " is " + k.status() + ": a supplement answers a deficiency notice");
            }
            String added = materials.stream().map(SubmittedMaterial::code).collect(Collectors.joining(", "));
            audit(c, ref, agentAccount, "surrogate.supplemented", decider.supplement(c, k, agentAccount, materials,
                    clock.now().toEpochMilli()));
            return new OnBehalfCase(k.ref(), k.agentAccount(), k.pointCode(), k.itemCode(), k.itemName(), k.decidingLevel(),
                    k.applicantName(), k.applicantIdMasked(), k.authorisation(), k.verifiedCertificates(), k.fees(), k.status(),
                    k.caseNumber(), k.missing(), k.promisedDate(), k.outcome(), "补正 sent: " + added, k.greenChannel(), k.projectName(),
                    k.handOvers(), k.freeServices(), k.openedAt(), k.submittedAt(), k.closedAt());
        });
    }

    @Override
    public OnBehalfCase handOver(Caller caller, String ref, HandOverStep step, String items, String receiptRef) {
        String agentAccount = caller.user();
        if (step == null || Text.blank(items)) {
            throw Fault.invalid("step and items (what changed hands) are required");
        }
        Instant now = clock.now();
        return change(ref, agentAccount, (c, k) -> {
            Optional<String> why = OnBehalfRules.whyNot(step, k.status(), k.handOvers(), receiptRef);
            if (why.isPresent()) {
                throw Fault.conflict(ref + ": " + why.get());
            }
            Agent agent = agentOf(c, agentAccount);
            String point = agent.pointName();
            String centre = "the " + k.decidingLevel().name().toLowerCase() + " centre";
            String[] parties = switch (step) {
                case MATERIALS_FROM_APPLICANT -> new String[] {k.applicantName(), point};
                case MATERIALS_TO_CENTRE -> new String[] {point, centre};
                case RESULT_FROM_CENTRE -> new String[] {centre, point};
                case RESULT_TO_APPLICANT -> new String[] {point, k.applicantName()};
            };
            OnBehalfStore.handOver(c, ref, new HandOver(step, items.trim(), parties[0], parties[1], agentAccount, now,
                    Text.blank(receiptRef) ? null : receiptRef.trim()));
            audit(c, ref, agentAccount, "surrogate.handover", step + ": " + items.trim() + " from " + parties[0] + " to " + parties[1]);
            if (step == HandOverStep.RESULT_TO_APPLICANT) {
                audit(c, ref, agentAccount, "surrogate.closed", "result handed to the applicant, receipt " + receiptRef.trim());
                return with(k, k.fees(), OnBehalfStatus.CLOSED, k.submittedAt(), now);
            }
            return k;
        });
    }

    @Override
    public Optional<OnBehalfCase> find(Caller caller, String ref) {
        return tx.read(c -> {
            Optional<String> point = pointScope(c, caller);
            return OnBehalfStore.find(c, ref).filter(k -> point.isPresent() && (point.get().isEmpty() || point.get().equals(k.pointCode())));
        });
    }

    @Override
    public List<OnBehalfCase> list(Caller caller, boolean greenChannelOnly) {
        return tx.read(c -> {
            Optional<String> point = pointScope(c, caller);
            return point.isEmpty() ? List.<OnBehalfCase>of()
                    : OnBehalfStore.list(c, point.get().isEmpty() ? null : point.get(), greenChannelOnly);
        });
    }

    @Override
    public OnBehalfCase provide(Caller caller, String ref, FreeServiceKind kind, int quantity, String detail) {
        String agentAccount = caller.user();
        List<String> p = OnBehalfRules.freeServiceProblems(kind, quantity, detail);
        if (!p.isEmpty()) {
            throw Fault.invalid("the free service has " + p.size() + " fault(s)", p);
        }
        Instant now = clock.now();
        return change(ref, agentAccount, (c, k) -> {
            if (k.status() == OnBehalfStatus.CLOSED) {
                throw Fault.conflict(ref + " is closed");
            }
            String d = Text.blank(detail) ? null : detail.trim();
            OnBehalfStore.freeService(c, ref, new FreeService(kind, quantity, d, agentAccount, now));
            audit(c, ref, agentAccount, "surrogate.free-service", kind + " x" + quantity + (d == null ? "" : ": " + d));
            return k;
        });
    }

    @Override
    public List<Workload> workload(Caller caller, WorkloadBy by, String divisionPrefix) {
        Optional<String> prefix = caller.within(divisionPrefix);
        if (prefix.isEmpty()) {
            return List.of();
        }
        List<NetworkCase> cases = tx.read(c -> NetworkCaseStore.list(c, prefix.get().isEmpty() ? null : prefix.get()));
        return NetworkFigures.workload(cases, by == null ? WorkloadBy.AGENT : by);
    }

    /**
     * Writes the case's figures here and sends them up (through sync, in the caller's transaction), so every node
     * above counts the case in its network's workload. Called after every change of an on-behalf case; returns the case
     * as it now is.
     */
    OnBehalfCase summarise(Connection c, String ref) throws SQLException {
        OnBehalfCase k = OnBehalfStore.find(c, ref).orElseThrow();
        NodeIdentity me = node.identity();
        Optional<Agent> agent = OnBehalfStore.agent(c, me.id(), k.agentAccount());
        BigDecimal fees = k.fees().stream().map(Fee::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        NetworkCase summary = new NetworkCase(ref, me.id(), k.agentAccount(), agent.map(Agent::name).orElse(k.agentAccount()),
                k.pointCode(), agent.map(Agent::pointName).orElse(k.pointCode()), me.level(), me.divisionCode(), k.status().name(),
                k.greenChannel(), fees, count(k, FreeServiceKind.COPY), count(k, FreeServiceKind.MAILING), k.openedAt().toEpochMilli(),
                k.closedAt() == null ? null : k.closedAt().toEpochMilli(), NetworkCaseStore.revision(c, ref) + 1);
        NetworkCaseStore.saveIfNewer(c, summary);
        outbox.append(c, "surrogate:" + ref, CaseNews.SUMMARY, 1, summary.payload());
        return k;
    }

    private static int count(OnBehalfCase k, FreeServiceKind kind) {
        return k.freeServices().stream().filter(f -> f.kind() == kind).mapToInt(FreeService::quantity).sum();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private interface Change {
        OnBehalfCase apply(Connection c, OnBehalfCase k) throws Exception;
    }

    /** Runs a change of a case of the agent's point under its row lock. */
    private OnBehalfCase change(String ref, String agentAccount, Change change) {
        return tx.inTransaction(c -> {
            Agent agent = agentOf(c, agentAccount);
            // Another point's case is not found: its existence is that point's business.
            OnBehalfCase k = OnBehalfStore.lock(c, ref).filter(x -> x.pointCode().equals(agent.pointCode()))
                    .orElseThrow(() -> Fault.notFound("no on-behalf case " + ref));
            OnBehalfCase changed;
            try {
                changed = change.apply(c, k);
            } catch (SQLException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            OnBehalfStore.update(c, changed);
            return summarise(c, ref);
        });
    }

    static OnBehalfCase with(OnBehalfCase k, List<Fee> fees, OnBehalfStatus status, Instant submitted, Instant closed) {
        return new OnBehalfCase(k.ref(), k.agentAccount(), k.pointCode(), k.itemCode(), k.itemName(), k.decidingLevel(),
                k.applicantName(), k.applicantIdMasked(), k.authorisation(), k.verifiedCertificates(), fees, status, k.caseNumber(),
                k.missing(), k.promisedDate(), k.outcome(), k.lastNews(), k.greenChannel(), k.projectName(), k.handOvers(), k.freeServices(),
                k.openedAt(), submitted, closed);
    }

    void audit(Connection c, String ref, String actor, String action, String detail) {
        audit.append(c, new AuditEntry(actor, "agent", action, "surrogate:" + ref, detail));
    }


}
