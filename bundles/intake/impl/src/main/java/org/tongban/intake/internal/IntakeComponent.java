package org.tongban.intake.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.tongban.catalog.Catalog;
import org.tongban.core.NodeInfo;
import org.tongban.core.audit.AccessLog;
import org.tongban.core.audit.AuditTrail;
import org.tongban.core.calendar.CalendarDependent;
import org.tongban.core.calendar.DateChange;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.data.Changes;
import org.tongban.core.data.Transactions;
import org.tongban.core.security.Caller;
import org.tongban.intake.Application;
import org.tongban.intake.CaseResult;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.CaseView;
import org.tongban.intake.DefaulterList;
import org.tongban.intake.Delivery;
import org.tongban.intake.CaseObserver;
import org.tongban.intake.DeliveryCondition;
import org.tongban.intake.Intake;
import org.tongban.intake.IntakeCheck;
import org.tongban.intake.MaterialFiles;
import org.tongban.intake.MaterialScan;
import org.tongban.intake.PostApprovalCheck;
import org.tongban.intake.PostCheckStatus;
import org.tongban.intake.PublishedResult;
import org.tongban.intake.ReviewDecision;
import org.tongban.intake.ReviewTask;
import org.tongban.intake.SpecialProcedure;
import org.tongban.intake.SubmittedMaterial;
import org.tongban.intake.TimelineEntry;

/**
 * One-window intake and the back office, the one {@link Intake} service: each call goes to its use case (the
 * {@link Desk} and its {@link Supplements}, the {@link Window}, the {@link BackOffice}, the {@link CaseQueries}, the
 * {@link CaseRecount}); each change of a case is made by {@link CaseWork}.
 */
@Component(service = {Intake.class, CalendarDependent.class}, configurationPid = "org.tongban.intake")
@Designate(ocd = IntakeConfig.class)
public class IntakeComponent implements Intake, CalendarDependent {

    /** Case numbers reserved per commit: a crash leaves at most this many less one unused in an item's day. */
    static final int NUMBER_BLOCK = 20;

    /** Case numbers, reserved a block at a time (see {@link CaseNumberBlocks}). */
    private final CaseNumberBlocks numbers;
    private volatile IntakeConfig config;
    /** What other capabilities require before a result is handed out (e.g. evaluation's "evaluate first"). */
    private final List<DeliveryCondition> deliveryConditions = new CopyOnWriteArrayList<>();
    /** Capabilities told of every case change as part of it (e.g. surrogate, for cases forwarded from below). */
    private final List<CaseObserver> observers = new CopyOnWriteArrayList<>();
    private final Desk desk;
    private final Supplements supplements;
    private final Window window;
    private final BackOffice backOffice;
    private final CaseQueries queries;
    private final CaseRecount recount;

    @Activate
    public IntakeComponent(@Reference Transactions tx, @Reference IntakeSchema schema, @Reference Catalog catalog,
                           @Reference WorkingDayCalendar calendar, @Reference TongbanClock clock, @Reference AuditTrail audit,
                           @Reference Changes changes, @Reference DefaulterList defaulters, @Reference MaterialFiles files,
                           @Reference NodeInfo node, @Reference AccessLog accessLog, IntakeConfig config) {
        this.config = config;
        this.numbers = new CaseNumberBlocks(tx, NUMBER_BLOCK);
        String nodeDivision = node.identity().divisionCode();
        CaseWork work = new CaseWork(changes, catalog, calendar, clock, () -> this.config, observers);
        this.queries = new CaseQueries(tx, catalog, files, audit, accessLog);
        IntakeDecision decision = new IntakeDecision(work, calendar, () -> this.config);
        this.desk = new Desk(work, decision, queries, catalog, calendar, clock, tx, defaulters, files, numbers, () -> this.config, nodeDivision);
        this.supplements = new Supplements(work, decision, clock, files);
        this.window = new Window(work, deliveryConditions);
        this.backOffice = new BackOffice(work, tx, clock, calendar, accessLog, () -> this.config);
        this.recount = new CaseRecount(work, tx, clock, calendar);
        // Cases taken in before cases named their division belong to the node's own hall.
        tx.inTransaction(c -> CaseStore.claimUndivided(c, nodeDivision) + CaseStore.codeUncoded(c));
    }

    /** Gives the unused case numbers of its blocks back, so a restart leaves no gap. */
    @Deactivate
    void deactivate() {
        numbers.releaseAll();
    }

    @Modified
    void modified(IntakeConfig changed) {
        this.config = changed;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addObserver(CaseObserver o) {
        observers.add(o);
    }

    void removeObserver(CaseObserver o) {
        observers.remove(o);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDeliveryCondition(DeliveryCondition condition) {
        deliveryConditions.add(condition);
    }

    void removeDeliveryCondition(DeliveryCondition condition) {
        deliveryConditions.remove(condition);
    }

    @Override
    public IntakeCheck preReview(Application application) {
        return desk.preReview(application);
    }

    @Override
    public CaseView submit(Caller caller, Application submitted) {
        return desk.submit(caller, submitted);
    }

    @Override
    public CaseView supplement(Caller caller, String caseNumber, List<SubmittedMaterial> materials) {
        return supplements.supplement(caller, caseNumber, materials);
    }

    @Override
    public CaseView refuse(Caller caller, String caseNumber, String reason) {
        return window.refuse(caller, caseNumber, reason);
    }

    @Override
    public CaseView transition(Caller caller, String caseNumber, CaseStatus to, String opinion) {
        return window.transition(caller, caseNumber, to, opinion);
    }

    @Override
    public List<ReviewTask> reviewQueue(Caller caller, String departmentCode, int limit) {
        return backOffice.reviewQueue(caller, departmentCode, limit);
    }

    @Override
    public CaseView review(Caller caller, String caseNumber, String departmentCode, ReviewDecision decision, String opinion,
                           String legalBasis) {
        return backOffice.review(caller, caseNumber, departmentCode, decision, opinion, legalBasis);
    }

    @Override
    public List<PostApprovalCheck> postApprovalChecks(Caller caller, PostCheckStatus status, boolean overdue, int limit) {
        return backOffice.postApprovalChecks(caller, status, overdue, limit);
    }

    @Override
    public CaseView recordPostCheck(Caller caller, String caseNumber, boolean passed, String finding) {
        return backOffice.recordPostCheck(caller, caseNumber, passed, finding);
    }

    @Override
    public CaseView suspend(Caller caller, String caseNumber, SpecialProcedure procedure, String reason) {
        return backOffice.suspend(caller, caseNumber, procedure, reason);
    }

    @Override
    public CaseView resume(Caller caller, String caseNumber) {
        return backOffice.resume(caller, caseNumber);
    }

    @Override
    public CaseView extend(Caller caller, String caseNumber, int days, String reason) {
        return backOffice.extend(caller, caseNumber, days, reason);
    }

    @Override
    public CaseView complete(Caller caller, String caseNumber, CaseResult result) {
        return backOffice.complete(caller, caseNumber, result);
    }

    @Override
    public CaseView deliver(Caller caller, String caseNumber, Delivery delivery) {
        return window.deliver(caller, caseNumber, delivery);
    }

    @Override
    public List<DateChange> recompute(Set<Integer> changedYears) {
        return recount.recompute(changedYears);
    }

    @Override
    public List<DateChange> preview(WorkingDayCalendar candidate, Set<Integer> changedYears) {
        return recount.preview(candidate, changedYears);
    }

    @Override
    public Optional<CaseView> find(Caller caller, String caseNumber) {
        return queries.find(caller, caseNumber);
    }

    @Override
    public Optional<MaterialScan> scan(Caller caller, String caseNumber, int materialId) {
        return queries.scan(caller, caseNumber, materialId);
    }

    @Override
    public List<CaseView> list(Caller caller, CaseStatus status, int limit) {
        return queries.list(caller, status, limit);
    }

    @Override
    public Optional<CaseView> progress(String caseNumber, String queryCode) {
        return queries.progress(caseNumber, queryCode);
    }

    @Override
    public List<TimelineEntry> timeline(Caller caller, String caseNumber) {
        return queries.timeline(caller, caseNumber);
    }

    @Override
    public List<PublishedResult> publishedResults(String itemCode, int limit) {
        return queries.publishedResults(itemCode, limit);
    }
}
