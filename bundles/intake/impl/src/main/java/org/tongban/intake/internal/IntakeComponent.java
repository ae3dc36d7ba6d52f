package org.tongban.intake.internal;

import org.tongban.core.fault.Fault;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.tongban.catalog.CaseKind;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.DecisionRule;
import org.tongban.catalog.RuleOutcome;
import org.tongban.catalog.ServiceItem;
import org.tongban.catalog.VersionedItem;
import org.tongban.core.NodeInfo;
import org.tongban.core.audit.AccessLog;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.audit.AuditTrail;
import org.tongban.core.calendar.CalendarDependent;
import org.tongban.core.calendar.DateChange;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.data.Transactions;
import org.tongban.core.outbox.NewEvent;
import org.tongban.core.outbox.Outbox;
import org.tongban.core.validation.ResidentId;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.intake.Application;
import org.tongban.intake.CaseEvent;
import org.tongban.intake.CaseEventCodec;
import org.tongban.intake.CaseFacts;
import org.tongban.intake.CaseMaterial;
import org.tongban.intake.CaseOutcome;
import org.tongban.intake.CaseResult;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.CaseView;
import org.tongban.intake.Defaulter;
import org.tongban.intake.DefaulterList;
import org.tongban.intake.IllegalTransitionException;
import org.tongban.intake.Delivery;
import org.tongban.intake.CaseObserver;
import org.tongban.intake.DeliveryCondition;
import org.tongban.intake.Intake;
import org.tongban.intake.IntakeCheck;
import org.tongban.intake.IntakeOutcome;
import org.tongban.intake.MaterialFiles;
import org.tongban.intake.MaterialScan;
import org.tongban.intake.PostApprovalCheck;
import org.tongban.intake.PostCheckStatus;
import org.tongban.intake.PublishedResult;
import org.tongban.intake.RefusalDecision;
import org.tongban.intake.ReviewDecision;
import org.tongban.intake.ReviewStep;
import org.tongban.intake.ReviewTask;
import org.tongban.intake.SpecialProcedure;
import org.tongban.intake.StepStatus;
import org.tongban.intake.SubmittedMaterial;
import org.tongban.intake.Suspension;
import org.tongban.intake.TimelineEntry;

/**
 * One-window intake and the back office. Each change of a case runs in one transaction holding the case's row lock:
 * the lifecycle check, the change, its audit record and its outbox event commit together or not at all.
 */
@Component(service = {Intake.class, CalendarDependent.class}, configurationPid = "org.tongban.intake")
@Designate(ocd = IntakeConfig.class)
public class IntakeComponent implements Intake, CalendarDependent {

    /** Case numbers reserved per commit: a crash leaves at most this many less one unused in an item's day. */
    static final int NUMBER_BLOCK = 20;

    private final Transactions tx;
    private final Catalog catalog;
    private final WorkingDayCalendar calendar;
    private final TongbanClock clock;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final DefaulterList defaulters;
    private final MaterialFiles files;
    private volatile IntakeConfig config;
    /** The node's own division: the hall of online applications and of accounts without a division. */
    private final String nodeDivision;
    /** Who read which case: every read by a person is noted (core keeps it six months and more). */
    private final AccessLog accessLog;
    /** Case numbers, reserved a block at a time (see {@link CaseNumberBlocks}). */
    private final CaseNumberBlocks numbers;
    /** What other capabilities require before a result is handed out (e.g. evaluation's "evaluate first"). */
    private final List<DeliveryCondition> deliveryConditions = new CopyOnWriteArrayList<>();
    /** Capabilities told of every case change in its transaction (e.g. surrogate, for cases forwarded from below). */
    private final List<CaseObserver> observers = new CopyOnWriteArrayList<>();

    @Activate
    public IntakeComponent(@Reference Transactions tx, @Reference IntakeSchema schema, @Reference Catalog catalog,
                           @Reference WorkingDayCalendar calendar, @Reference TongbanClock clock, @Reference AuditTrail audit,
                           @Reference Outbox outbox, @Reference DefaulterList defaulters, @Reference MaterialFiles files,
                           @Reference NodeInfo node, @Reference AccessLog accessLog, IntakeConfig config) {
        this.tx = tx;
        this.catalog = catalog;
        this.calendar = calendar;
        this.clock = clock;
        this.audit = audit;
        this.outbox = outbox;
        this.defaulters = defaulters;
        this.files = files;
        this.config = config;
        this.numbers = new CaseNumberBlocks(tx, NUMBER_BLOCK);
        this.nodeDivision = node.identity().divisionCode();
        this.accessLog = accessLog;
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

    // ---- intake ------------------------------------------------------------------------------------------------

    @Override
    public IntakeCheck preReview(Application application) {
        VersionedItem item = validated(application);
        Optional<String> refusal = IntakeGate.refusal(item.item(), application.applicant().type());
        boolean commitmentRefused = commitmentRefused(application, item.item(), defaulters.find(application.applicant().idNumber()));
        ChecklistResult check = Checklist.evaluate(item.item(), application.materials(),
                application.commitmentSigned() && !commitmentRefused);
        IntakeOutcome outcome = refusal.isPresent() ? IntakeOutcome.REFUSED : check.deficient() ? IntakeOutcome.DEFICIENT
                : check.missingTolerable().isEmpty() ? IntakeOutcome.ACCEPTED : IntakeOutcome.ACCEPTED_WITH_TOLERANCE;
        LocalDate promised = outcome == IntakeOutcome.ACCEPTED || outcome == IntakeOutcome.ACCEPTED_WITH_TOLERANCE
                ? calendar.addWorkingDays(clock.today(), item.item().promisedLimitDays()) : null;
        return new IntakeCheck(outcome, item.item().implementationCode(), item.version(), check.missingRequired(),
                check.missingTolerable(), check.replacedByCommitment(), check.unknownCodes(),
                IntakeGate.refusalCode(item.item(), application.applicant().type())
                        .map(code -> Messages.text(Messages.CHINESE, code, item.item().name())).orElse(null), promised,
                promised != null && calendar.provisionalBetween(clock.today(), promised),
                commitmentRefused ? Messages.text(Messages.CHINESE, "commitment.refused") : null);
    }

    @Override
    public CaseView submit(Caller caller, Application submitted) {
        CaseAccess.requireRole(caller, "an application", Role.CLERK, Role.AGENT, Role.APPLICANT);
        Application application = CaseAccess.atOwnWindow(caller, submitted);
        String actor = caller.user();
        String role = caller.role();
        VersionedItem item = validated(application);
        CaseAccess.requireOwnApplication(caller, application.applicant().idNumber());
        Optional<String> refusal = IntakeGate.refusal(item.item(), application.applicant().type());
        Optional<Defaulter> listed = defaulters.find(application.applicant().idNumber());
        boolean commitmentRefused = commitmentRefused(application, item.item(), listed);
        ChecklistResult check = Checklist.evaluate(item.item(), application.materials(),
                application.commitmentSigned() && !commitmentRefused);
        String creditFlag = listed.map(IntakeComponent::flag).orElse(null);
        Instant now = clock.now();
        LocalDate today = clock.today();
        if (application.externalRef() != null) {
            // A forwarded application is one case however often it arrives (the sender retries until it hears back).
            Optional<CaseView> known = tx.read(c -> CaseStore.byExternalRef(c, application.externalRef())).flatMap(n -> find(caller, n));
            if (known.isPresent()) {
                return known.get();
            }
        }
        // The number comes from a block reserved in a short transaction of its own (one in NUMBER_BLOCK submissions
        // pays for it): the per-item sequence row is then locked for a moment, not for the whole submission, so clerks
        // taking in the same item do not queue, and a submission forces one commit, not two. A failed submission
        // is given its number back (the next submission takes it), so a refusal uses none.
        String number = numbers.next(item.item().implementationCode(), today);
        try {
            return admitted(caller, application, item, refusal, check, creditFlag, commitmentRefused, number, now, today);
        } catch (RuntimeException failed) {
            numbers.giveBack(item.item().implementationCode(), today, number);
            throw failed;
        }
    }

    private CaseView admitted(Caller caller, Application application, VersionedItem item, Optional<String> refusal,
                              ChecklistResult check, String creditFlag, boolean commitmentRefused, String number, Instant now,
                              LocalDate today) {
        String actor = caller.user();
        String role = caller.role();
        return inTransaction(c -> {
            StoredCase k = new StoredCase();
            k.caseNumber = number;
            k.itemCode = item.item().implementationCode();
            k.itemVersion = item.version();
            k.itemName = item.item().name();
            k.application = application;
            k.createdAt = now;
            k.updatedAt = now;
            k.creditFlag = creditFlag;
            k.departmentCode = item.item().department().creditCode();
            k.departmentName = item.item().department().name();
            k.acceptedBy = actor;
            k.queryCode = QueryCodes.next();
            // Whose the case is: the hall of the account that took it in, and an agent's service point.
            k.divisionCode = caller.division() != null ? caller.division() : nodeDivision;
            k.pointCode = caller.has(Role.AGENT) ? caller.point() : null;
            k.status = CaseStatus.DEFICIENT;
            created(k);
            record(c, k, actor, role, f -> new CaseEvent.Submitted(f, "channel " + application.channel() + ", item version " + item.version()
                    + (creditFlag == null ? "" : "; credit check: " + creditFlag)));
            if (commitmentRefused) {
                k.details = k.details.withCommitmentRefused();
                record(c, k, actor, role, f -> new CaseEvent.CommitmentRefused(f, "the applicant is a listed judgment defaulter (失信联合惩戒):"
                        + " the signed commitment (告知承诺) is not taken for " + k.itemCode + "; the ordinary checklist applies"));
            }
            if (refusal.isPresent()) {
                k.status = CaseStatus.REFUSED;
                // The applicant reads the reason in Chinese from the message bundle; the audit keeps the staff's wording.
                String code = IntakeGate.refusalCode(item.item(), application.applicant().type()).orElseThrow();
                k.details = k.details.withRefusal(Messages.text(Messages.CHINESE, code, k.itemName)).withRefusalCode(code);
                record(c, k, actor, role, f -> new CaseEvent.Refused(f, refusal.get()));
            } else {
                decide(c, k, item.item(), check, today, actor, role);
            }
            // One insert of the case as decided (the events above carry each step): an insert and then an update of
            // every column and index of the row cost the committer twice the work for the same result.
            CaseStore.insert(c, k);
            return k.view();
        });
    }

    @Override
    public CaseView supplement(Caller caller, String caseNumber, List<SubmittedMaterial> materials) {
        CaseAccess.requireRole(caller, "a supplement", Role.CLERK, Role.AGENT, Role.APPLICANT);
        String actor = caller.user();
        String role = caller.role();
        if (materials == null || materials.isEmpty()) {
            throw Fault.invalid("a supplement hands in at least one material");
        }
        List<String> faults = ApplicationCheck.materialProblems(materials);
        if (faults.isEmpty()) {
            faults = unknownFiles(materials);
        }
        if (!faults.isEmpty()) {
            throw Fault.invalid("the supplement has " + faults.size() + " fault(s)", faults);
        }
        LocalDate today = clock.today();
        return inTransaction(c -> {
            StoredCase k = locked(c, caller, caseNumber);
            Application a = k.application;
            List<SubmittedMaterial> all = new ArrayList<>(a.materials());
            all.addAll(materials);
            k.application = new Application(a.itemCode(), a.applicant(), a.form(), all, a.channel(), a.commitmentSigned(), a.window(),
                    a.externalRef(), a.priority());
            k.updatedAt = clock.now();
            ServiceItem item = pinned(k);
            Set<String> checklist = item.materials().stream().map(m -> m.code()).collect(Collectors.toSet());
            List<String> offList = materials.stream().map(SubmittedMaterial::code).filter(code -> !checklist.contains(code)).toList();
            if (!offList.isEmpty()) {
                throw Fault.invalid("the supplement names material(s) not on the checklist of " + item.implementationCode(),
                        offList.stream().map(code -> "material " + code + " is not on the item's checklist").toList());
            }
            String added = materials.stream().map(SubmittedMaterial::code).collect(Collectors.joining(", "));
            if (k.status == CaseStatus.DEFICIENT) {
                record(c, k, actor, role, f -> new CaseEvent.Supplemented(f, "补正: " + added));
                decide(c, k, item, Checklist.evaluate(item, all, commitmentTaken(k)), today, actor, role);
            } else if (Set.of(CaseStatus.ACCEPTED, CaseStatus.RECEIVED, CaseStatus.DISPATCHED, CaseStatus.UNDER_REVIEW,
                    CaseStatus.DECIDED).contains(k.status) && !k.tolerated.isEmpty()) {
                // 容缺后补: what was tolerated at intake is handed in later; the case stays where it is.
                List<String> still = Checklist.evaluate(item, all, commitmentTaken(k)).missingTolerable();
                k.tolerated = still;
                k.toleranceDue = still.isEmpty() ? null : k.toleranceDue;
                record(c, k, actor, role, f -> new CaseEvent.Supplemented(f, "容缺后补: " + added
                        + (still.isEmpty() ? "; nothing tolerated is owed any more" : "; still owed: " + String.join("; ", still))));
            } else {
                throw Fault.conflict("case " + caseNumber + " is " + k.status
                        + ": a supplement goes to a DEFICIENT case or supplies tolerated materials of an accepted one");
            }
            CaseStore.update(c, k);
            return k.view();
        });
    }

    @Override
    public CaseView refuse(Caller caller, String caseNumber, String reason) {
        CaseAccess.requireRole(caller, "a refusal (不予受理)", Role.CLERK);
        requireText(reason, "reason", "a refusal (不予受理) states its reason");
        return change(caseNumber, k -> {
            Lifecycle.check(caseNumber, k.status, CaseStatus.REFUSED);
            k.status = CaseStatus.REFUSED;
            k.details = k.details.withRefusal(reason.trim());
            return new Step(f -> new CaseEvent.Refused(f, reason.trim()));
        }, caller);
    }

    @Override
    public CaseView transition(Caller caller, String caseNumber, CaseStatus to, String opinion) {
        CaseAccess.requireRole(caller, "a window move", Role.CLERK);
        if (to != CaseStatus.RECEIVED && to != CaseStatus.DISPATCHED) {
            throw Fault.conflict("a case becomes " + to + " through "
                    + switch (to) {
                        case UNDER_REVIEW, DECIDED -> "its departments' reviews (POST …/reviews)";
                        case DELIVERED -> "delivery (POST …/delivery)";
                        case REFUSED -> "a refusal (POST …/refusal)";
                        default -> "intake and supplements";
                    });
        }
        String note = opinion == null ? "" : opinion.trim();
        return change(caseNumber, (c, k) -> {
            CaseStatus from = k.status;
            if (to == CaseStatus.RECEIVED && from != CaseStatus.ACCEPTED) {
                throw new IllegalTransitionException(caseNumber, from, to);
            }
            Lifecycle.check(caseNumber, from, to);
            k.status = to;
            if (to == CaseStatus.DISPATCHED) {
                ServiceItem item = pinned(k);
                k.round++;
                ReviewStore.open(c, k.caseNumber, k.round, item.reviewingDepartments());
                String to2 = item.reviewingDepartments().stream().map(d -> d.name()).collect(Collectors.joining(", "));
                return new Step(f -> new CaseEvent.Dispatched(f, "round " + k.round + " to " + to2
                        + (item.isJointReview() ? " (joint review, " + item.approvalsNeeded() + " of "
                        + item.reviewingDepartments().size() + " approvals)" : "") + (note.isEmpty() ? "" : "; " + note)));
            }
            return new Step(f -> new CaseEvent.Received(f, note));
        }, caller);
    }

    // ---- back office -------------------------------------------------------------------------------------------

    @Override
    public List<ReviewTask> reviewQueue(Caller caller, String departmentCode, int limit) {
        CaseAccess.requireRole(caller, "a department's queue", Role.REVIEWER, Role.SUPERVISOR, Role.OPS);
        String dept = departmentCode.trim().toUpperCase();
        if (!caller.has(Role.SUPERVISOR) && !caller.has(Role.OPS)) {
            CaseAccess.requireDepartment(caller, dept);
        }
        return tx.read(c -> ReviewStore.queue(c, dept, limit, k -> caller.covers(k.divisionCode)));
    }

    @Override
    public CaseView review(Caller caller, String caseNumber, String departmentCode, ReviewDecision decision, String opinion,
                           String legalBasis) {
        CaseAccess.requireRole(caller, "a review", Role.REVIEWER);
        String actor = caller.user();
        String role = caller.role();
        if (decision != ReviewDecision.APPROVE) {
            requireText(opinion, "opinion", "a " + decision.name().toLowerCase() + " states the reviewer's opinion");
        }
        String dept = departmentCode == null ? "" : departmentCode.trim().toUpperCase();
        CaseAccess.requireDepartment(caller, dept);
        return change(caseNumber, (c, k) -> {
            if (k.status != CaseStatus.DISPATCHED && k.status != CaseStatus.UNDER_REVIEW) {
                throw Fault.conflict("case " + caseNumber + " is " + k.status + ": it is not with the departments");
            }
            if (k.suspendedSince != null) {
                throw Fault.conflict("case " + caseNumber + " is suspended since " + k.suspendedSince
                        + " for a special procedure: resume it before deciding");
            }
            Instant now = clock.now();
            if (k.status == CaseStatus.DISPATCHED) {
                Lifecycle.check(caseNumber, k.status, CaseStatus.UNDER_REVIEW);
                k.status = CaseStatus.UNDER_REVIEW;
                record(c, k, actor, role, f -> new CaseEvent.ReviewStarted(f, "review started"));
            }
            StepStatus stepStatus = switch (decision) {
                case APPROVE -> StepStatus.APPROVED;
                case REJECT -> StepStatus.REJECTED;
                case RETURN -> StepStatus.RETURNED;
            };
            if (!ReviewStore.decide(c, caseNumber, k.round, dept, stepStatus, opinion, actor, now)) {
                throw Fault.conflict("department " + dept + " has no open step on case " + caseNumber
                        + " (not one of its departments, or already decided)");
            }
            List<ReviewStep> round = ReviewStore.round(c, caseNumber, k.round);
            String deptName = round.stream().filter(s -> s.departmentCode().equals(dept)).findFirst().orElseThrow().departmentName();
            record(c, k, actor, role, f -> new CaseEvent.Reviewed(f, decision, deptName + ": " + (opinion == null ? "" : opinion.trim())));
            ServiceItem item = pinned(k);
            RefusalDecision refusal = decision != ReviewDecision.REJECT ? null
                    : Refusals.decision(opinion, legalBasis, item, dept, deptName, actor, clock.today());
            ReviewRule.Verdict verdict = ReviewRule.evaluate(round.stream().map(ReviewStep::status).toList(), item.approvalsNeeded());
            switch (verdict) {
                case PENDING -> {
                    return Step.NONE;
                }
                case RETURNED -> {
                    ReviewStore.cancelPending(c, caseNumber, k.round, now);
                    Lifecycle.check(caseNumber, k.status, CaseStatus.RECEIVED);
                    k.status = CaseStatus.RECEIVED;
                    return new Step(f -> new CaseEvent.Returned(f, "returned to the window by " + deptName + ": " + (opinion == null ? "" : opinion.trim())));
                }
                default -> {
                    ReviewStore.cancelPending(c, caseNumber, k.round, now);
                    Lifecycle.check(caseNumber, k.status, CaseStatus.DECIDED);
                    k.status = CaseStatus.DECIDED;
                    k.outcome = verdict == ReviewRule.Verdict.APPROVED ? CaseOutcome.APPROVED : CaseOutcome.REJECTED;
                    k.decidedOn = clock.today();
                    if (k.outcome == CaseOutcome.REJECTED) {
                        k.details = k.details.withRefusalDecision(refusal);
                        return new Step(f -> new CaseEvent.Decided(f, Refusals.describe(refusal, item.isJointReview())));
                    }
                    long approvals = round.stream().filter(s -> s.status() == StepStatus.APPROVED).count();
                    String detail = k.outcome + " after " + approvals + " of " + round.size() + " approval(s)";
                    if (!PostChecks.due(k)) {
                        return new Step(f -> new CaseEvent.Decided(f, detail));
                    }
                    record(c, k, actor, role, f -> new CaseEvent.Decided(f, detail));
                    scheduleCheck(c, k, actor, role);
                    return Step.NONE;
                }
            }
        }, caller);
    }

    // ---- post-approval checks (事后核查) -------------------------------------------------------------------------

    @Override
    public List<PostApprovalCheck> postApprovalChecks(Caller caller, PostCheckStatus status, boolean overdue, int limit) {
        CaseAccess.requireRole(caller, "the post-approval checks", Role.SUPERVISOR, Role.OPS, Role.REVIEWER);
        // Supervision watches every department of its division; a reviewer the checks their departments do.
        boolean allDepartments = caller.has(Role.NODE) || caller.has(Role.SUPERVISOR) || caller.has(Role.OPS);
        List<String> departments = allDepartments ? null : List.copyOf(caller.departments());
        PostCheckStatus s = overdue && status == null ? PostCheckStatus.OPEN : status;
        List<PostApprovalCheck> out = tx.read(c -> PostCheckStore.list(c, s, overdue ? clock.today() : null, caller.divisionPrefix(),
                departments, limit));
        accessLog.read(caller, "cases", "post-approval checks: " + out.size());
        return out;
    }

    @Override
    public CaseView recordPostCheck(Caller caller, String caseNumber, boolean passed, String finding) {
        CaseAccess.requireRole(caller, "a post-approval check (事后核查)", Role.REVIEWER);
        return change(caseNumber, (c, k) -> {
            CaseAccess.requireDepartment(caller, k.departmentCode);
            PostApprovalCheck done = PostChecks.done(k, passed, finding, caller.user(), clock.today());
            PostCheckStore.close(c, caseNumber, done.status(), done.checkedBy(), done.checkedOn(), done.finding());
            k.details = k.details.withPostCheck(done);
            if (passed) {
                return new Step(f -> new CaseEvent.PostChecked(f, CaseEvent.PostChecked.Stage.PASSED, "the commitment (告知承诺) held" + (done.finding() == null ? "" : ": " + done.finding())));
            }
            Lifecycle.check(caseNumber, k.status, CaseStatus.REVOKED);
            k.status = CaseStatus.REVOKED;
            return new Step(f -> new CaseEvent.Revoked(f, "approval revoked: the post-approval check (事后核查) found the commitment false: "
                    + done.finding()));
        }, caller);
    }

    @Override
    public CaseView suspend(Caller caller, String caseNumber, SpecialProcedure procedure, String reason) {
        CaseAccess.requireRole(caller, "a suspension", Role.REVIEWER);
        String actor = caller.user();
        if (procedure == null) {
            throw Fault.invalid("name the special procedure: one of " + java.util.Arrays.toString(SpecialProcedure.values()));
        }
        requireText(reason, "reason", "a suspension states what is being done and why");
        return change(caseNumber, (c, k) -> {
            inReview(k, "suspended");
            if (k.suspendedSince != null) {
                throw Fault.conflict("case " + caseNumber + " is already suspended since " + k.suspendedSince);
            }
            k.suspendedSince = clock.today();
            LedgerStore.startSuspension(c, caseNumber, procedure, reason.trim(), k.suspendedSince, actor);
            return new Step(f -> new CaseEvent.Suspended(f, procedure + ": " + reason.trim() + "; the clock stops"));
        }, caller);
    }

    @Override
    public CaseView resume(Caller caller, String caseNumber) {
        CaseAccess.requireRole(caller, "a resumption", Role.REVIEWER);
        return change(caseNumber, (c, k) -> {
            if (k.suspendedSince == null) {
                throw Fault.conflict("case " + caseNumber + " is not suspended");
            }
            LocalDate today = clock.today();
            long days = Deadlines.suspendedDays(calendar, k.suspendedSince, today);
            LedgerStore.endSuspension(c, caseNumber, today, days);
            k.suspendedSince = null;
            k.details = k.details.withSuspended(days);
            LocalDate before = k.promisedDate;
            k.promisedDate = Deadlines.promised(calendar, k.acceptedOn, k.budget());
            flagDates(k);
            return new Step(f -> new CaseEvent.Resumed(f, days + " working day(s) suspended; promised date " + before + " → " + k.promisedDate
                    + (k.datesProvisional ? " (provisional)" : "")));
        }, caller);
    }

    @Override
    public CaseView extend(Caller caller, String caseNumber, int days, String reason) {
        CaseAccess.requireRole(caller, "an extension", Role.REVIEWER);
        String actor = caller.user();
        requireText(reason, "reason", "an extension (延期) states its reason");
        if (days < 1) {
            throw Fault.invalid("an extension adds at least 1 working day");
        }
        return change(caseNumber, (c, k) -> {
            inReview(k, "extended");
            int max = pinned(k).isJointReview() ? config.maxJointExtensionDays() : config.maxExtensionDays();
            if (k.details.extensionDays() + days > max) {
                throw Fault.unprocessable("extension-limit", "case " + caseNumber + " has been extended by "
                        + k.details.extensionDays() + " working day(s); at most " + max + " in all are allowed");
            }
            LedgerStore.addExtension(c, caseNumber, days, reason.trim(), actor, clock.today());
            k.details = k.details.withExtension(days);
            LocalDate before = k.promisedDate;
            k.promisedDate = Deadlines.promised(calendar, k.acceptedOn, k.budget());
            flagDates(k);
            return new Step(f -> new CaseEvent.Extended(f, "+" + days + " working day(s): " + reason.trim() + "; promised date " + before
                    + " → " + k.promisedDate + (k.datesProvisional ? " (provisional)" : "")));
        }, caller);
    }

    @Override
    public CaseView complete(Caller caller, String caseNumber, CaseResult result) {
        CaseAccess.requireRole(caller, "recording a result", Role.REVIEWER);
        if (result == null || result.documentNumber() == null || result.documentNumber().isBlank()) {
            throw Fault.invalid("a result names the document number (and its name unless the item's result is meant)");
        }
        return change(caseNumber, (c, k) -> {
            if (k.status != CaseStatus.DECIDED) {
                throw Fault.conflict("case " + caseNumber + " is " + k.status + ": only a DECIDED case records its result");
            }
            if (k.details.result() != null) {
                throw Fault.conflict("case " + caseNumber + " already has its result " + k.details.result().documentNumber());
            }
            String name = result.documentName() != null && !result.documentName().isBlank() ? result.documentName().trim()
                    : k.outcome == CaseOutcome.APPROVED && pinned(k).resultName() != null ? pinned(k).resultName() : null;
            if (name == null) {
                throw Fault.invalid("documentName is required (the item names no result, or the case was rejected)");
            }
            k.details = k.details.withResult(new CaseResult(name, result.documentNumber().trim(), blankToNull(result.eCertificateRef()),
                    clock.today()));
            return new Step(f -> new CaseEvent.Completed(f, name + " " + result.documentNumber().trim()
                    + (k.details.result().eCertificateRef() == null ? "" : ", e-certificate " + k.details.result().eCertificateRef())));
        }, caller);
    }

    @Override
    public CaseView deliver(Caller caller, String caseNumber, Delivery delivery) {
        CaseAccess.requireRole(caller, "a delivery", Role.CLERK, Role.AGENT);
        List<String> problems = delivery == null ? List.of("send the delivery as JSON") : delivery.problems();
        if (!problems.isEmpty()) {
            throw Fault.invalid("the delivery has " + problems.size() + " fault(s)", problems);
        }
        return change(caseNumber, (c, k) -> {
            Lifecycle.check(caseNumber, k.status, CaseStatus.DELIVERED);
            if (k.details.result() == null) {
                throw Fault.conflict("case " + caseNumber + " has no result recorded yet (POST …/result)");
            }
            if (!k.tolerated.isEmpty()) {
                throw Fault.conflict("case " + caseNumber + " still owes tolerated materials ("
                        + String.join("; ", k.tolerated) + "): the result is handed out once they are in");
            }
            for (DeliveryCondition condition : deliveryConditions) {
                Optional<String> unmet = condition.unmetFor(c, caseNumber);
                if (unmet.isPresent()) {
                    throw Fault.conflict("case " + caseNumber + ": " + unmet.get());
                }
            }
            k.status = CaseStatus.DELIVERED;
            k.details = k.details.withDelivery(delivery);
            return new Step(f -> new CaseEvent.Delivered(f, switch (delivery.method()) {
                case WINDOW -> "at the window to " + delivery.recipient();
                case MAIL -> "by mail to " + delivery.recipient() + ", " + delivery.carrier() + " " + delivery.trackingNumber();
            }));
        }, caller);
    }

    // ---- calendar ----------------------------------------------------------------------------------------------

    @Override
    public List<DateChange> recompute(Set<Integer> changedYears) {
        LocalDate from = CalendarDependent.firstDayOf(changedYears);
        LocalDate to = CalendarDependent.lastDayOf(changedYears);
        List<String> candidates = tx.read(c -> CaseStore.recomputable(c, from, to));
        List<DateChange> out = new ArrayList<>();
        for (String number : candidates) {
            out.addAll(inTransaction(c -> {
                StoredCase k = locked(c, number);
                if (!CaseDateChanges.running(k.status)) {
                    return List.<DateChange>of();
                }
                List<Suspension> ledger = LedgerStore.suspensions(c, number);
                CaseDates dates = CaseDates.of(calendar, k, ledger);
                List<DateChange> changes = CaseDateChanges.between(k, dates);
                if (changes.isEmpty()) {
                    return changes;
                }
                for (int i = 0, ended = 0; i < ledger.size(); i++) {
                    Suspension s = ledger.get(i);
                    if (s.endedOn() != null && s.workingDays() != dates.suspensionDays().get(ended++)) {
                        LedgerStore.recount(c, number, s.seq(), dates.suspensionDays().get(ended - 1));
                    }
                }
                k.promisedDate = dates.promisedDate();
                k.toleranceDue = dates.toleranceDue();
                k.details = k.details.withSuspendedTotal(dates.suspendedDays());
                k.datesProvisional = dates.provisional();
                k.updatedAt = clock.now();
                CaseStore.update(c, k);
                record(c, k, "calendar", "node", f -> new CaseEvent.DatesRecomputed(f, CaseDateChanges.describe(changes, changedYears)));
                return changes;
            }));
        }
        return out;
    }

    @Override
    public List<DateChange> preview(WorkingDayCalendar candidate, Set<Integer> changedYears) {
        LocalDate from = CalendarDependent.firstDayOf(changedYears);
        LocalDate to = CalendarDependent.lastDayOf(changedYears);
        return tx.read(c -> {
            List<DateChange> out = new ArrayList<>();
            for (String number : CaseStore.recomputable(c, from, to)) {
                Optional<StoredCase> k = CaseStore.find(c, number);
                if (k.isPresent()) {
                    out.addAll(CaseDateChanges.between(k.get(), CaseDates.of(candidate, k.get(), LedgerStore.suspensions(c, number))));
                }
            }
            return out;
        });
    }


    /** Marks the case's dates provisional when computing them touched a year without official data. */
    private void flagDates(StoredCase k) {
        LocalDate latest = k.toleranceDue != null && k.toleranceDue.isAfter(k.promisedDate) ? k.toleranceDue : k.promisedDate;
        k.datesProvisional = calendar.provisionalBetween(k.acceptedOn, latest);
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    @Override
    public Optional<CaseView> find(Caller caller, String caseNumber) {
        return seen(caller, caseNumber).map(k -> {
            accessLog.read(caller, subject(caseNumber), "case");
            return CaseViews.forCaller(caller, k.view(materialsOf(k.kase())));
        });
    }

    @Override
    public Optional<MaterialScan> scan(Caller caller, String caseNumber, int materialId) {
        Optional<Seen> seen = seen(caller, caseNumber);
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        CaseMaterial m = materialsOf(seen.get().kase()).stream().filter(x -> x.id() == materialId).findFirst()
                .orElseThrow(() -> Fault.notFound("case " + caseNumber + " has no material " + materialId));
        Optional<org.tongban.intake.StoredFile> file = m.scanStored() ? files.find(m.fileRef()) : Optional.empty();
        Optional<java.io.InputStream> content = file.flatMap(f -> files.open(f.fileRef()));
        if (content.isEmpty()) {
            throw Fault.notFound("material " + materialId + " (" + m.code() + ") of case " + caseNumber
                    + " has no scan stored on this node" + (m.eCertificateRef() != null ? ": it is the e-certificate "
                    + m.eCertificateRef() : m.fileRef() != null ? ": it refers to " + m.fileRef() : ""));
        }
        accessLog.read(caller, subject(caseNumber), "scan of material " + materialId + " (" + m.code() + ")");
        return Optional.of(new MaterialScan(m, file.get(), content.get()));
    }

    /** A case with its sub-records, read when the caller may see it. */
    private record Seen(StoredCase kase, List<ReviewStep> steps, List<Suspension> suspensions, List<org.tongban.intake.Extension> extensions) {
        CaseView view(List<CaseMaterial> materials) {
            return kase.view(steps, suspensions, extensions, materials);
        }
    }

    private Optional<Seen> seen(Caller caller, String caseNumber) {
        return tx.read(c -> {
            Optional<StoredCase> k = CaseStore.find(c, caseNumber);
            if (k.isEmpty()) {
                return Optional.<Seen>empty();
            }
            List<ReviewStep> steps = ReviewStore.steps(c, caseNumber);
            if (!CaseAccess.sees(caller, k.get(), steps.stream().map(ReviewStep::departmentCode).toList())) {
                return Optional.<Seen>empty();
            }
            return Optional.of(new Seen(k.get(), steps, LedgerStore.suspensions(c, caseNumber), LedgerStore.extensions(c, caseNumber)));
        });
    }

    /** The materials handed in, named from the pinned checklist, with what this node stores of each scan. */
    private List<CaseMaterial> materialsOf(StoredCase k) {
        ServiceItem item = catalog.version(k.itemCode, k.itemVersion).map(VersionedItem::item).orElse(null);
        return CaseMaterials.of(k.application.materials(), item, files::find);
    }

    @Override
    public List<CaseView> list(Caller caller, CaseStatus status, int limit) {
        List<CaseView> cases = tx.read(c -> CaseStore.list(c, status, CaseAccess.condition(caller), limit)).stream()
                .map(k -> CaseViews.forCaller(caller, k.view())).toList();
        accessLog.read(caller, "cases", "case list of " + cases.size() + (status == null ? "" : " " + status));
        return cases;
    }

    @Override
    public Optional<CaseView> progress(String caseNumber, String queryCode) {
        if (queryCode == null || tx.read(c -> CaseStore.find(c, caseNumber)).filter(k -> QueryCodes.matches(k.queryCode, queryCode))
                .isEmpty()) {
            return Optional.empty();
        }
        // The applicant sees their case but not what the credit check found (that is for reviewers), nor on this
        // public path the form and the materials (their account's view of the case shows them).
        return find(Caller.system("progress"), caseNumber).map(CaseViews::forProgress);
    }

    @Override
    public List<TimelineEntry> timeline(Caller caller, String caseNumber) {
        if (find(caller, caseNumber).isEmpty()) {
            return List.of();
        }
        accessLog.read(caller, subject(caseNumber), "timeline");
        return audit.bySubject(subject(caseNumber)).stream()
                .map(r -> new TimelineEntry(r.at(), r.action(), r.actor(), r.role(), r.detail())).toList();
    }

    @Override
    public List<PublishedResult> publishedResults(String itemCode, int limit) {
        return tx.read(c -> CaseStore.published(c, itemCode == null || itemCode.isBlank() ? null : itemCode.trim(), limit));
    }

    // ---- internals ---------------------------------------------------------------------------------------------

    /** What one change did: its event, made from the case's facts once it is changed; NONE records nothing more. */
    private record Step(Function<CaseFacts, CaseEvent> event) {
        static final Step NONE = new Step(null);
    }

    @FunctionalInterface
    private interface Change {
        Step apply(Connection c, StoredCase k) throws SQLException;
    }

    @FunctionalInterface
    private interface SimpleChange {
        Step apply(StoredCase k);
    }

    private CaseView change(String caseNumber, SimpleChange change, Caller caller) {
        return change(caseNumber, (c, k) -> change.apply(k), caller);
    }

    /**
     * Lock, check the caller may see the case, change, write, audit and emit in one transaction; the view returned is
     * what was committed.
     */
    private CaseView change(String caseNumber, Change change, Caller caller) {
        String actor = caller.user();
        String role = caller.role();
        return inTransaction(c -> {
            StoredCase k = locked(c, caller, caseNumber);
            Step step = change.apply(c, k);
            k.updatedAt = clock.now();
            CaseStore.update(c, k);
            if (step.event() != null) {
                record(c, k, actor, role, step.event());
            }
            return k.view(ReviewStore.steps(c, caseNumber), LedgerStore.suspensions(c, caseNumber),
                    LedgerStore.extensions(c, caseNumber));
        });
    }

    /**
     * The intake decision on a complete check: DEFICIENT with the one-time notice; otherwise accepted with the time
     * budget, and an instant item decided at once when its rule decides (not for a flagged applicant: a person looks).
     */
    private void decide(Connection c, StoredCase k, ServiceItem item, ChecklistResult check, LocalDate today, String actor,
                        String role) throws SQLException {
        k.details = k.details.withCommitment(check.replacedByCommitment());
        if (check.deficient()) {
            k.status = CaseStatus.DEFICIENT;
            k.missing = check.missingRequired();
            k.tolerated = check.missingTolerable();
            record(c, k, actor, role, f -> new CaseEvent.Deficient(f, "one-time notice: missing " + String.join("; ", check.missingRequired())
                    + (check.unknownCodes().isEmpty() ? "" : "; not on the checklist: " + String.join(", ", check.unknownCodes()))));
            return;
        }
        k.status = CaseStatus.ACCEPTED;
        k.missing = List.of();
        k.tolerated = check.missingTolerable();
        k.acceptedOn = today;
        k.details = k.details.withLimit(item.promisedLimitDays());
        k.promisedDate = Deadlines.promised(calendar, today, k.budget());
        int toleranceDays = check.missingTolerable().isEmpty() ? 0 : config.toleranceDays();
        k.toleranceDue = toleranceDays == 0 ? null : calendar.addWorkingDays(today, toleranceDays);
        k.details = k.details.withToleranceDays(toleranceDays);
        flagDates(k);
        record(c, k, actor, role, f -> new CaseEvent.Accepted(f, "promised " + k.promisedDate + (k.datesProvisional ? " (provisional)" : "")
                + (k.tolerated.isEmpty() ? "" : "; tolerated until " + k.toleranceDue + ": " + String.join("; ", k.tolerated))
                + (check.replacedByCommitment().isEmpty() ? "" : "; replaced by the signed commitment: "
                + String.join("; ", check.replacedByCommitment()))));
        if (item.caseKind() != CaseKind.INSTANT || !check.complete()) {
            return;
        }
        if (k.creditFlag != null) {
            record(c, k, actor, role, f -> new CaseEvent.Held(f, "not decided by rule: the applicant is flagged by the credit check"));
            return;
        }
        Optional<DecisionRule> rule = InstantRules.decide(item, k.application.form());
        if (rule.isEmpty()) {
            record(c, k, actor, role, f -> new CaseEvent.Held(f, "no declared rule decided: a reviewer decides"));
            return;
        }
        Lifecycle.check(k.caseNumber, k.status, CaseStatus.DECIDED);
        k.status = CaseStatus.DECIDED;
        k.outcome = rule.get().outcome() == RuleOutcome.APPROVE ? CaseOutcome.APPROVED : CaseOutcome.REJECTED;
        k.decidedOn = today;
        k.details = k.details.withRule(InstantRules.describe(rule.get()));
        if (k.outcome == CaseOutcome.APPROVED) {
            k.details = k.details.withResult(new CaseResult(item.resultName() == null ? item.name() : item.resultName(),
                    k.caseNumber, null, today));
        }
        record(c, k, actor, role, f -> new CaseEvent.Decided(f, k.outcome + ", decided at once by rule " + k.details.decisionRule()));
        scheduleCheck(c, k, actor, role);
    }

    /** An approval on a signed commitment (告知承诺) gets its post-approval check (事后核查), due in working days. */
    private void scheduleCheck(Connection c, StoredCase k, String actor, String role) throws SQLException {
        if (!PostChecks.due(k)) {
            return;
        }
        PostApprovalCheck check = PostChecks.scheduled(k, calendar.addWorkingDays(k.decidedOn, config.postApprovalCheckDays()));
        PostCheckStore.open(c, check);
        k.details = k.details.withPostCheck(check);
        record(c, k, actor, role, f -> new CaseEvent.PostChecked(f, CaseEvent.PostChecked.Stage.SCHEDULED, "approved on the signed commitment (告知承诺) for "
                + String.join("; ", k.details.replacedByCommitment()) + ": post-approval check (事后核查) due " + check.dueOn()));
    }

    /** A {@code file:} reference must name a file handed in here; anything else refers to an external store. */
    private List<String> unknownFiles(List<SubmittedMaterial> materials) {
        return materials.stream().filter(m -> m.fileRef() != null && m.fileRef().startsWith("file:"))
                .filter(m -> files.find(m.fileRef()).isEmpty())
                .map(m -> "materials " + m.code() + ": no uploaded file " + m.fileRef() + " (upload it with POST /api/v1/files)").toList();
    }

    private VersionedItem validated(Application application) {
        List<String> problems = application == null ? List.of("send the application as JSON")
                : new ArrayList<>(ApplicationCheck.problems(application));
        if (problems.isEmpty()) {
            problems.addAll(unknownFiles(application.materials()));
        }
        if (!problems.isEmpty()) {
            throw Fault.invalid("the application has " + problems.size() + " fault(s)", problems);
        }
        return catalog.current(application.itemCode()).orElseThrow(() -> Fault.unprocessable(
                "unknown-item", "no item " + application.itemCode() + " in this node's catalogue"));
    }

    private ServiceItem pinned(StoredCase k) {
        return catalog.version(k.itemCode, k.itemVersion).orElseThrow(() -> new IllegalStateException(
                "case " + k.caseNumber + " is pinned to " + k.itemCode + " v" + k.itemVersion + ", which the catalogue lost")).item();
    }

    private static void inReview(StoredCase k, String what) {
        if (k.status != CaseStatus.DISPATCHED && k.status != CaseStatus.UNDER_REVIEW) {
            throw Fault.conflict("case " + k.caseNumber + " is " + k.status + ": only a case with its departments is " + what);
        }
    }

    /** An audit entry and its outbox event, captured when the change happens and written when the work is done. */
    private record Deferred(AuditEntry entry, String subject, CaseEvent event) {
    }

    /** What a unit of case work has to write at its end: its records in order, and the subjects it created. */
    private static final class Recording {
        final List<Deferred> records = new ArrayList<>();
        final Set<String> createdSubjects = new HashSet<>();
    }

    private static final ThreadLocal<Recording> RECORDING = new ThreadLocal<>();

    /**
     * Runs case work in a transaction and writes its audit records and outbox events at the end of it, in the order
     * they happened, so the rows other transactions may also touch (the outbox's per-subject numbers, the audit
     * table) are held for the shortest time; each as one batch, and a new case's events numbered without looking up
     * a subject that cannot exist yet. The transaction is a group commit: concurrent case changes run one after the
     * other under savepoints of their own and share one commit (one log force), and none is answered before it.
     */
    private <T> T inTransaction(org.tongban.core.data.SqlWork<T> work) {
        return tx.inGroupCommit(c -> {
            Recording recording = new Recording();
            RECORDING.set(recording);
            try {
                T result = work.run(c);
                List<Deferred> pending = recording.records;
                if (pending.isEmpty()) {
                    return result;
                }
                audit.appendAll(c, pending.stream().map(Deferred::entry).toList());
                Map<String, List<NewEvent>> bySubject = new LinkedHashMap<>();
                for (Deferred d : pending) {
                    bySubject.computeIfAbsent(d.subject(), x -> new ArrayList<>()).add(new NewEvent(d.event().type(), CaseEvent.VERSION,
                            CaseEventCodec.payload(d.event())));
                }
                for (Map.Entry<String, List<NewEvent>> e : bySubject.entrySet()) {
                    if (recording.createdSubjects.contains(e.getKey())) {
                        outbox.appendNew(c, e.getKey(), e.getValue());
                    } else {
                        outbox.appendAll(c, e.getKey(), e.getValue());
                    }
                }
                for (Deferred d : pending) {
                    for (CaseObserver o : observers) {
                        o.changed(c, d.event());
                    }
                }
                return result;
            } finally {
                RECORDING.remove();
            }
        });
    }

    /** Marks a case as created by the running work: its events are the first of their subject. */
    private static void created(StoredCase k) {
        recording().createdSubjects.add(subject(k.caseNumber));
    }

    private static Recording recording() {
        Recording r = RECORDING.get();
        if (r == null) {
            throw new IllegalStateException("case changes are recorded inside inTransaction");
        }
        return r;
    }

    /** Records the change {@code event} makes of the case's facts as they are now: its audit entry and its event. */
    private void record(Connection c, StoredCase k, String actor, String role, Function<CaseFacts, CaseEvent> event) {
        CaseEvent e = event.apply(facts(k));
        String subject = subject(k.caseNumber);
        recording().records.add(new Deferred(new AuditEntry(actor, role, e.type(), subject, e.detail()), subject, e));
    }

    /** The case as upper levels and the provincial hub record it: the applicant's ID number masked as every list shows it. */
    private static CaseFacts facts(StoredCase k) {
        return new CaseFacts(k.caseNumber, k.status, k.itemCode, k.itemVersion, k.itemName, k.departmentCode, k.departmentName,
                k.application.applicant().type(), k.application.applicant().name(), ResidentId.mask(k.application.applicant().idNumber()),
                k.application.channel(), k.application.externalRef(), k.acceptedOn, k.promisedDate, k.toleranceDue,
                k.datesProvisional, k.outcome, k.missing, k.tolerated, k.details.refusalReason(),
                k.details.postCheck() == null ? null : k.details.postCheck().dueOn());
    }

    /** 失信联合惩戒: a listed applicant's signed commitment is not taken where the node's rules restrict the item. */
    private boolean commitmentRefused(Application application, ServiceItem item, Optional<Defaulter> listed) {
        return application.commitmentSigned() && listed.isPresent() && CommitmentRestriction.of(config).applies(item);
    }

    /** Whether the case's signed commitment stands in for proofs (not when it was refused at intake). */
    private static boolean commitmentTaken(StoredCase k) {
        return k.application.commitmentSigned() && !k.details.commitmentRefused();
    }

    private static String flag(Defaulter d) {
        return "judgment defaulter (失信被执行人) " + d.reference() + ", listed " + d.listedOn();
    }

    private static void requireText(String value, String field, String why) {
        if (value == null || value.isBlank()) {
            throw Fault.invalid(field + " is required: " + why);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static StoredCase locked(Connection c, String caseNumber) throws SQLException {
        return CaseStore.lock(c, caseNumber).orElseThrow(() -> Fault.notFound("no case " + caseNumber));
    }

    /** The case locked, when the caller may see it; "no case" alike when it does not exist and when it is out of scope. */
    private static StoredCase locked(Connection c, Caller caller, String caseNumber) throws SQLException {
        StoredCase k = locked(c, caseNumber);
        if (!CaseAccess.sees(caller, k, ReviewStore.steps(c, caseNumber).stream().map(ReviewStep::departmentCode).toList())) {
            throw Fault.notFound("no case " + caseNumber);
        }
        return k;
    }

    private static String subject(String caseNumber) {
        return "case:" + caseNumber;
    }
}
