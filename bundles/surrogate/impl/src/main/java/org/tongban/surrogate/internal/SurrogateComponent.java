package org.tongban.surrogate.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalog.Catalog;
import org.tongban.core.NodeInfo;
import org.tongban.core.NodeLevel;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.data.Change;
import org.tongban.core.data.Changes;
import org.tongban.core.data.SchemaMigrations;
import org.tongban.core.data.Transactions;
import org.tongban.core.security.Caller;
import org.tongban.intake.SubmittedMaterial;
import org.tongban.surrogate.Agent;
import org.tongban.surrogate.Fee;
import org.tongban.surrogate.FreeServiceKind;
import org.tongban.surrogate.HandOverStep;
import org.tongban.surrogate.OnBehalfCase;
import org.tongban.surrogate.OnBehalfRequest;
import org.tongban.surrogate.Surrogate;
import org.tongban.surrogate.Workload;
import org.tongban.surrogate.WorkloadBy;

/**
 * 帮办代办 at a point. An agent opens a case for an applicant with the signed authorisation, collects papers and fees,
 * and submits it: the application goes into the outbox (so it waits there while the line is down) addressed to the
 * level that decides the item; that node's news comes back down through sync (see {@link CaseNews}). An item handled
 * at this node's own level is taken in by its own intake instead ({@link ForwardedIntake}), whose news is applied here
 * as part of each change of its case there ({@link CaseNewsSender}). Every change is audited under the case's reference
 * ({@link CaseAudit}) and recorded on its {@link Change} with its events.
 * The one component of the service; the work is done by its use cases ({@link AgentRegister}, {@link CaseOpening},
 * {@link CaseChanges}, {@link CaseReads}, {@link CaseFigures}).
 */
@Component(service = {Surrogate.class, SurrogateComponent.class})
public class SurrogateComponent implements Surrogate {

    /** The feature whose presence means this node takes cases in at its own hall. */
    static final String INTAKE = "tongban-intake";

    final AgentRegister agents;
    final CaseOpening opening;
    final CaseChanges changes;
    final CaseReads reads;
    final CaseFigures figures;

    /** The use cases read through {@code tx} and make their changes through {@code changes}. */
    @Activate
    public SurrogateComponent(@Reference Transactions tx, @Reference Changes changes, @Reference SchemaMigrations migrations,
                              @Reference Catalog catalog, @Reference NodeInfo node, @Reference TongbanClock clock) {
        PointAccess access = new PointAccess(node);
        this.figures = new CaseFigures(tx, node);
        this.agents = new AgentRegister(tx, changes, node, clock, access);
        this.opening = new CaseOpening(changes, catalog, node, clock, access, figures);
        this.changes = new CaseChanges(changes, clock, access, figures, new ToDecidingNode(node));
        this.reads = new CaseReads(tx, access);
        migrations.migrate("surrogate", SurrogateComponent.class.getClassLoader());
    }

    @Override
    public Agent registerAgent(Caller caller, String account, String name, String mobile, String pointCode, String pointName) {
        return agents.register(caller, account, name, mobile, pointCode, pointName);
    }

    @Override
    public List<Agent> network(Caller caller, NodeLevel level, String divisionPrefix) {
        return agents.network(caller, level, divisionPrefix);
    }

    @Override
    public OnBehalfCase open(Caller caller, OnBehalfRequest r) {
        return opening.open(caller, r);
    }

    @Override
    public OnBehalfCase addFee(Caller caller, String ref, Fee fee) {
        return changes.addFee(caller, ref, fee);
    }

    @Override
    public OnBehalfCase submit(Caller caller, String ref) {
        return changes.submit(caller, ref);
    }

    @Override
    public OnBehalfCase supplement(Caller caller, String ref, List<SubmittedMaterial> materials) {
        return changes.supplement(caller, ref, materials);
    }

    @Override
    public OnBehalfCase handOver(Caller caller, String ref, HandOverStep step, String items, String receiptRef) {
        return changes.handOver(caller, ref, step, items, receiptRef);
    }

    @Override
    public OnBehalfCase provide(Caller caller, String ref, FreeServiceKind kind, int quantity, String detail) {
        return changes.provide(caller, ref, kind, quantity, detail);
    }

    @Override
    public Optional<OnBehalfCase> find(Caller caller, String ref) {
        return reads.find(caller, ref);
    }

    @Override
    public List<OnBehalfCase> list(Caller caller, boolean greenChannelOnly) {
        return reads.list(caller, greenChannelOnly);
    }

    @Override
    public List<Workload> workload(Caller caller, WorkloadBy by, String divisionPrefix) {
        return figures.workload(caller, by, divisionPrefix);
    }

    /** For the news that changes a case from outside ({@link OnBehalfNews}): see {@link CaseFigures#summarise}. */
    OnBehalfCase summarise(Change change, String ref) throws SQLException {
        return figures.summarise(change, ref);
    }
}
