package org.tongban.evaluation.internal;

import org.tongban.core.fault.Fault;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.NodeInfo;
import org.tongban.core.security.Caller;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.audit.AuditTrail;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.data.SchemaMigrations;
import org.tongban.core.data.Transactions;
import org.tongban.core.outbox.Outbox;
import org.tongban.core.rest.Role;
import org.tongban.evaluation.Appeal;
import org.tongban.evaluation.AppealStatus;
import org.tongban.evaluation.Dimension;
import org.tongban.evaluation.Evaluation;
import org.tongban.evaluation.EvaluationChannel;
import org.tongban.evaluation.Evaluations;
import org.tongban.evaluation.Invitation;
import org.tongban.evaluation.InvitationStatus;
import org.tongban.evaluation.Rectification;
import org.tongban.evaluation.RectificationAnswer;
import org.tongban.evaluation.RectificationStatus;
import org.tongban.evaluation.RectificationStep;
import org.tongban.evaluation.Review;
import org.tongban.evaluation.Satisfaction;
import org.tongban.evaluation.Statistics;
import org.tongban.evaluation.SweepReport;
import org.tongban.evaluation.TrendPoint;
import org.tongban.intake.Intake;
import org.tongban.supervision.Card;
import org.tongban.supervision.Supervision;

/**
 * 好差评 on this node. Each change is one transaction with its audit record and its outbox event under the case's
 * subject (so sync carries evaluations up in the case's order). A sweep, scheduled and on demand, invites finished
 * cases, records the default rating when the period runs out and hands overdue rectifications to supervision.
 */
@Component(service = Evaluations.class, configurationPid = "org.tongban.evaluation")
@Designate(ocd = EvaluationConfig.class)
public class EvaluationComponent implements Evaluations {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationComponent.class);
    private static final int BATCH = 1000;

    private final Transactions tx;
    private final Intake intake;
    private final WorkingDayCalendar calendar;
    private final TongbanClock clock;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Supervision supervision;
    private final NodeInfo node;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tongban-evaluation-sweep");
        t.setDaemon(true);
        return t;
    });
    private volatile EvaluationConfig config;
    private volatile Set<String> indicators;
    private ScheduledFuture<?> scheduled;
    private final EvaluationAccess access;
    private final StatisticsReads statistics;

    /** {@code intake} is referenced so the sweep starts only once intake's tables (its read model) are migrated. */
    @Activate
    public EvaluationComponent(@Reference Transactions tx, @Reference SchemaMigrations migrations, @Reference Intake intake,
                               @Reference WorkingDayCalendar calendar, @Reference TongbanClock clock, @Reference AuditTrail audit,
                               @Reference Outbox outbox, @Reference Supervision supervision, @Reference NodeInfo node,
                               EvaluationConfig config) {
        this.tx = tx;
        this.intake = intake;
        this.calendar = calendar;
        this.clock = clock;
        this.audit = audit;
        this.outbox = outbox;
        this.supervision = supervision;
        this.node = node;
        this.access = new EvaluationAccess(node.identity().divisionCode());
        this.statistics = new StatisticsReads(tx);
        migrations.migrate("evaluation", EvaluationComponent.class.getClassLoader());
        configure(config);
    }

    @Modified
    synchronized void configure(EvaluationConfig changed) {
        List<String> faults = configProblems(changed);
        if (!faults.isEmpty()) {
            // A bad edit keeps the rules that were working rather than stopping evaluations.
            LOG.error("org.tongban.evaluation: {}; keeping the previous settings", String.join("; ", faults));
            if (config != null) {
                return;
            }
            throw new IllegalArgumentException("invalid evaluation settings: " + String.join("; ", faults));
        }
        this.config = changed;
        this.indicators = new LinkedHashSet<>(Arrays.stream(changed.indicators().split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList());
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
        if (changed.sweepIntervalMinutes() > 0) {
            scheduled = scheduler.scheduleWithFixedDelay(this::scheduledSweep, 30, changed.sweepIntervalMinutes() * 60L, TimeUnit.SECONDS);
        }
    }

    static List<String> configProblems(EvaluationConfig c) {
        List<String> p = new ArrayList<>();
        if (c.periodDays() < 1) {
            p.add("periodDays must be at least 1, not " + c.periodDays());
        }
        if (c.rectificationDays() < 1 || c.rectificationDays() > EvaluationRules.MAX_RECTIFICATION_DAYS) {
            p.add("rectificationDays must be 1 to " + EvaluationRules.MAX_RECTIFICATION_DAYS + ", not " + c.rectificationDays());
        }
        if (c.indicators() == null || !c.indicators().matches("\\s*[a-z][a-z_]*(\\s*,\\s*[a-z][a-z_]*)*\\s*")) {
            p.add("indicators are lower-case names separated by commas, not '" + c.indicators() + "'");
        }
        return p;
    }

    @Deactivate
    void stop() {
        // No interrupt: a sweep inside Derby must not be interrupted (it would close the database connection).
        scheduler.shutdown();
    }

    private void scheduledSweep() {
        try {
            SweepReport r = sweep();
            if (r.invited() + r.defaulted() + r.cardsIssued() > 0) {
                LOG.info("evaluation sweep for {}: {} invited, {} default rating(s), {} card(s)", r.day(), r.invited(), r.defaulted(),
                        r.cardsIssued());
            }
        } catch (RuntimeException e) {
            LOG.error("evaluation sweep failed; the next one retries", e);
        }
    }

    // ---- invitations and evaluations --------------------------------------------------------------------------

    public Invitation invite(String caseNumber, String actor, String role) {
        String number = required(caseNumber, "caseNumber");
        LocalDate today = clock.today();
        return tx.inTransaction(c -> {
            Optional<Invited> existing = EvaluationStore.invitationOfCase(c, number);
            if (existing.isPresent()) {
                return existing.get().view();
            }
            FinishedCase k = EvaluationStore.finishedCase(c, number)
                    .orElseThrow(() -> Fault.notFound("no case " + number + " on this node"));
            if (!k.finished()) {
                throw Fault.conflict("case " + number + " is " + k.status() + ": a case is evaluated once it is decided");
            }
            try {
                return invite(c, k, today, actor, role).view();
            } catch (SQLIntegrityConstraintViolationException raced) {
                // A concurrent request (or the sweep) invited it first: its invitation stands.
                return EvaluationStore.invitationOfCase(c, number).orElseThrow(() -> raced).view();
            }
        });
    }

    private Invited invite(Connection c, FinishedCase k, LocalDate today, String actor, String role) throws SQLException {
        Invited i = new Invited(k.caseNumber(), InvitationCodes.next(), k.itemCode(), k.itemName(), k.departmentCode(),
                k.departmentName(), k.window(), k.clerk(), today, EvaluationRules.expiresOn(today, config.periodDays()),
                InvitationStatus.OPEN);
        EvaluationStore.insert(c, i);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("caseNumber", i.caseNumber());
        payload.put("invitedOn", i.invitedOn().toString());
        payload.put("expiresOn", i.expiresOn().toString());
        record(c, i.caseNumber(), "evaluation.invited", actor, role, "invited to evaluate until " + i.expiresOn(), payload);
        return i;
    }

    @Override
    public Optional<Invitation> invitation(String code) {
        String k = InvitationCodes.normalise(code);
        return tx.read(c -> EvaluationStore.invitationByCode(c, k)).map(Invited::view);
    }

    @Override
    public Optional<Invitation> invitationFor(String caseNumber, String queryCode) {
        if (caseNumber == null || queryCode == null || intake.progress(caseNumber.trim(), queryCode.trim()).isEmpty()) {
            return Optional.empty();
        }
        return tx.read(c -> EvaluationStore.invitationOfCase(c, caseNumber.trim())).map(Invited::view);
    }

    @Override
    public Evaluation evaluate(String code, Review review) {
        Review r = valid(review);
        return tx.inTransaction(c -> {
            Invited i = locked(c, code);
            if (EvaluationStore.evaluationOf(c, i.caseNumber(), false).isPresent()) {
                throw Fault.conflict(i.status() == InvitationStatus.DEFAULTED
                        ? "the period ended on " + i.expiresOn() + " and 基本满意 was recorded by default;"
                        + " a follow-up evaluation (追评) is still open: POST …/follow-up"
                        : "case " + i.caseNumber() + " has been evaluated; one follow-up evaluation (追评) is open: POST …/follow-up");
            }
            Evaluation e = store(c, i, r.level(), r.channel(), r.scores(), r.comment(), !r.anonymous(), false, "applicant");
            EvaluationStore.setStatus(c, i.caseNumber(), InvitationStatus.OPEN, InvitationStatus.EVALUATED);
            return e;
        });
    }

    @Override
    public Evaluation followUp(String code, Review review) {
        Review r = valid(review);
        return tx.inTransaction(c -> {
            Invited i = locked(c, code);
            Evaluation first = EvaluationStore.evaluationOf(c, i.caseNumber(), false).orElseThrow(() -> Fault.conflict(
                    "case " + i.caseNumber() + " has no evaluation yet: evaluate first, a follow-up comes after"));
            if (EvaluationStore.evaluationOf(c, i.caseNumber(), true).isPresent()) {
                throw Fault.conflict("case " + i.caseNumber() + " has had its one follow-up evaluation");
            }
            EvaluationStore.flag(c, first.id(), "superseded");
            return store(c, i, r.level(), r.channel(), r.scores(), r.comment(), !r.anonymous(), true, "applicant");
        });
    }

    /** Stores an evaluation with its audit record and event; a bad one opens its rectification task. */
    private Evaluation store(Connection c, Invited i, Satisfaction level, EvaluationChannel channel, Map<String, Integer> scores,
                             String comment, boolean named, boolean followUp, String actor) throws SQLException {
        LocalDate today = clock.today();
        Instant now = clock.now();
        Evaluation draft = new Evaluation(0, i.caseNumber(), followUp, level, channel, scores, comment, named, i.itemCode(),
                i.itemName(), i.departmentCode(), i.departmentName(), i.window(), i.clerk(), node.identity().id(), today, now,
                false, null);
        long id = EvaluationStore.insert(c, draft);
        Evaluation e = EvaluationStore.evaluation(c, id).orElseThrow();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("evaluationId", id);
        payload.put("caseNumber", e.caseNumber());
        payload.put("followUp", followUp);
        // The internal level, never a number: each counterparty's adapter maps it with the direction it expects.
        payload.put("satisfaction", level.name());
        payload.put("channel", channel.name());
        payload.put("scores", scores);
        payload.put("comment", comment);
        payload.put("named", named);
        payload.put("itemCode", e.itemCode());
        payload.put("departmentCode", e.departmentCode());
        payload.put("window", e.window());
        payload.put("clerk", e.clerk());
        payload.put("evaluatedAt", now.toString());
        record(c, e.caseNumber(), followUp ? "evaluation.follow-up" : "evaluation.recorded", actor, "applicant",
                level.label() + " via " + channel + (followUp ? " (追评)" : ""), payload);
        if (level.bad()) {
            int days = config.rectificationDays();
            LocalDate due = EvaluationRules.rectificationDue(calendar, today, days);
            boolean provisional = calendar.provisionalBetween(today, due);
            Rectification r = new Rectification(0, id, e.caseNumber(), e.departmentCode(), e.departmentName(), named,
                    RectificationStatus.OPEN, today, due, null, null, null, null, null, null, null, provisional);
            long rid = EvaluationStore.insert(c, r, days, now.toEpochMilli());
            record(c, e.caseNumber(), "evaluation.rectification.opened", "evaluation", "node",
                    "bad review " + id + ": rectification " + rid + " for " + e.departmentName() + ", due " + due
                            + (provisional ? " (provisional)" : ""),
                    Map.of("rectificationId", rid, "evaluationId", id, "departmentCode", String.valueOf(e.departmentCode()),
                            "dueDate", due.toString(), "named", named, "dueProvisional", provisional));
            LOG.info("bad review of case {} ({}): rectification {} for {} due {}", e.caseNumber(), level.label(), rid,
                    e.departmentName(), due);
        }
        return e;
    }

    public Optional<Evaluation> find(long id) {
        return tx.read(c -> EvaluationStore.evaluation(c, id));
    }

    public List<Evaluation> list(String caseNumber, String departmentCode, Satisfaction level, LocalDate from, LocalDate to, int limit) {
        return tx.read(c -> EvaluationStore.list(c, blankToNull(caseNumber), upper(departmentCode), level, from, to, limit(limit)));
    }

    // ---- rectification ----------------------------------------------------------------------------------------

    public List<Rectification> rectifications(RectificationStatus status, String departmentCode, int limit) {
        return tx.read(c -> EvaluationStore.rectifications(c, status, upper(departmentCode), limit(limit)));
    }

    public Optional<Rectification> rectification(long id) {
        return tx.read(c -> EvaluationStore.rectification(c, id));
    }

    public Rectification record(long id, RectificationStep step, String text, String actor, String role) {
        if (step == null) {
            throw Fault.invalid("step is one of " + Arrays.toString(RectificationStep.values()));
        }
        String t = text(text, "text", "what was " + switch (step) {
            case VERIFY -> "found on verification (核实)";
            case RECTIFY -> "done to put it right (整改)";
            case ANSWER -> "answered to the applicant (反馈)";
            case CALL_BACK -> "said on the call-back (回访): who, when, what the applicant said";
        });
        return tx.inTransaction(c -> {
            Rectification r = lockedTask(c, id);
            RectificationStatus next;
            try {
                next = EvaluationRules.after(r.status(), step);
            } catch (IllegalStateException e) {
                throw Fault.conflict("rectification " + id + ": " + e.getMessage());
            }
            Rectification changed = new Rectification(r.id(), r.evaluationId(), r.caseNumber(), r.departmentCode(),
                    r.departmentName(), r.named(), next,
                    r.openedOn(), r.dueDate(), step == RectificationStep.VERIFY ? t : r.verification(),
                    step == RectificationStep.RECTIFY ? t : r.measures(), step == RectificationStep.ANSWER ? t : r.answer(),
                    step == RectificationStep.CALL_BACK ? t : r.callBack(), r.applicantRating(), null, null, r.dueProvisional());
            EvaluationStore.update(c, changed, clock.now().toEpochMilli());
            record(c, r.caseNumber(), "evaluation.rectification." + step.name().toLowerCase().replace('_', '-'), actor, role,
                    "rectification " + id + ": " + t, Map.of("rectificationId", id, "step", step.name(), "text", t,
                            "status", next.name()));
            return changed;
        });
    }

    public Rectification close(long id, String actor, String role) {
        LocalDate today = clock.today();
        return tx.inTransaction(c -> {
            Rectification r = lockedTask(c, id);
            Optional<String> why = EvaluationRules.whyNotClosable(r.status(), r.named(), r.callBack() != null);
            if (why.isPresent()) {
                throw Fault.conflict("rectification " + id + ": " + why.get());
            }
            Rectification closed = finish(c, r, RectificationStatus.CLOSED, today, actor, "rectification closed");
            record(c, r.caseNumber(), "evaluation.rectification.closed", actor, role, "rectification " + id + " closed"
                    + (today.isAfter(r.dueDate()) ? " after its due date " + r.dueDate() : " in time"),
                    Map.of("rectificationId", id, "closedOn", today.toString(), "dueDate", r.dueDate().toString()));
            return closed;
        });
    }

    private Rectification finish(Connection c, Rectification r, RectificationStatus status, LocalDate today, String actor,
                                 String why) throws SQLException {
        Rectification done = new Rectification(r.id(), r.evaluationId(), r.caseNumber(), r.departmentCode(), r.departmentName(),
                r.named(), status, r.openedOn(), r.dueDate(), r.verification(), r.measures(), r.answer(), r.callBack(),
                r.applicantRating(), today, actor, r.dueProvisional());
        EvaluationStore.update(c, done, clock.now().toEpochMilli());
        supervision.closeEscalations(c, subject(r), why);
        return done;
    }

    @Override
    public Optional<RectificationAnswer> rectificationAnswer(String code) {
        String k = InvitationCodes.normalise(code);
        return tx.read(c -> EvaluationStore.latestRectificationByCode(c, k)).map(ApplicantView::of);
    }

    @Override
    public RectificationAnswer rateRectification(String code, Satisfaction rating) {
        if (rating == null) {
            throw Fault.invalid("rating is one of " + Arrays.toString(Satisfaction.values()));
        }
        return tx.inTransaction(c -> {
            Invited i = locked(c, code);
            Rectification latest = latestTask(c, i.caseNumber())
                    .orElseThrow(() -> Fault.conflict("case " + i.caseNumber() + " has no rectification to rate"));
            Rectification r = EvaluationStore.lockRectification(c, latest.id()).orElseThrow();
            Optional<String> why = EvaluationRules.whyNoRating(r.status(), r.applicantRating());
            if (why.isPresent()) {
                throw Fault.conflict("rectification " + r.id() + ": " + why.get());
            }
            Rectification rated = new Rectification(r.id(), r.evaluationId(), r.caseNumber(), r.departmentCode(), r.departmentName(),
                    r.named(), r.status(), r.openedOn(), r.dueDate(), r.verification(), r.measures(), r.answer(), r.callBack(),
                    rating, r.closedOn(), r.closedBy(), r.dueProvisional());
            EvaluationStore.update(c, rated, clock.now().toEpochMilli());
            record(c, r.caseNumber(), "evaluation.rectification.rated", "applicant", "applicant",
                    "the applicant rated the answer " + rating.label(), Map.of("rectificationId", r.id(), "rating", rating.name()));
            return ApplicantView.of(rated);
        });
    }

    /** The task the applicant answers to: that of the latest bad review (a bad follow-up opens a second one). */
    private static Optional<Rectification> latestTask(Connection c, String caseNumber) throws SQLException {
        return EvaluationStore.rectificationsOfCase(c, caseNumber).stream().findFirst();
    }

    // ---- appeals ----------------------------------------------------------------------------------------------

    public Appeal appeal(long evaluationId, String reason, String actor, String role) {
        String why = text(reason, "reason", "why the review is malicious or mistaken, with the evidence");
        return tx.inTransaction(c -> {
            if (!EvaluationStore.lock(c, evaluationId)) {
                throw Fault.notFound("no evaluation " + evaluationId);
            }
            Evaluation e = EvaluationStore.evaluation(c, evaluationId)
                    .orElseThrow(() -> Fault.notFound("no evaluation " + evaluationId));
            if (!e.level().bad()) {
                throw Fault.conflict("evaluation " + evaluationId + " is " + e.level().label()
                        + ": appeals are against bad reviews");
            }
            for (Appeal a : EvaluationStore.appealsOf(c, evaluationId)) {
                if (a.status() != AppealStatus.REJECTED) {
                    throw Fault.conflict("evaluation " + evaluationId + " already has appeal " + a.id() + " (" + a.status() + ")");
                }
            }
            Instant now = clock.now();
            Appeal draft = new Appeal(0, evaluationId, e.caseNumber(), why, actor, now, AppealStatus.PENDING, null, null, null);
            long id = EvaluationStore.insert(c, draft);
            record(c, e.caseNumber(), "evaluation.appeal.filed", actor, role, "appeal " + id + " against evaluation " + evaluationId
                    + ": " + why, Map.of("appealId", id, "evaluationId", evaluationId, "reason", why));
            return EvaluationStore.appeal(c, id).orElseThrow();
        });
    }

    public Appeal decideAppeal(long appealId, boolean uphold, String decision, String actor, String role) {
        String text = text(decision, "decision", "the reasons of the review step");
        LocalDate today = clock.today();
        return tx.inTransaction(c -> {
            Appeal a = EvaluationStore.appeal(c, appealId).orElseThrow(() -> Fault.notFound("no appeal " + appealId));
            if (a.filedBy().equals(actor)) {
                throw Fault.conflict("appeal " + appealId + " was filed by " + actor + ": someone else reviews it");
            }
            AppealStatus status = uphold ? AppealStatus.UPHELD : AppealStatus.REJECTED;
            if (!EvaluationStore.decide(c, appealId, status, text, actor, clock.now().toEpochMilli())) {
                throw Fault.conflict("appeal " + appealId + " was decided already (" + a.status() + ")");
            }
            if (uphold) {
                // The review stays on record; it no longer counts, and its rectification is void.
                EvaluationStore.flag(c, a.evaluationId(), "excluded");
                Optional<Rectification> task = EvaluationStore.rectificationOf(c, a.evaluationId());
                if (task.isPresent() && !task.get().status().done()) {
                    finish(c, EvaluationStore.lockRectification(c, task.get().id()).orElseThrow(), RectificationStatus.VOID, today,
                            actor, "appeal " + appealId + " upheld");
                }
            }
            record(c, a.caseNumber(), "evaluation.appeal." + status.name().toLowerCase(), actor, role,
                    "appeal " + appealId + " " + status + ": " + text,
                    Map.of("appealId", appealId, "evaluationId", a.evaluationId(), "status", status.name(), "decision", text));
            return EvaluationStore.appeal(c, appealId).orElseThrow();
        });
    }

    public List<Appeal> appeals(AppealStatus status, int limit) {
        return tx.read(c -> EvaluationStore.appeals(c, status, limit(limit)));
    }

    // ---- as a caller sees them -------------------------------------------------------------------------------

    @Override
    public Invitation invite(Caller caller, String caseNumber) {
        access.require(caller, Role.CLERK, Role.AGENT, Role.SUPERVISOR, Role.OPS, Role.TABLET);
        return access.shown(caller, invite(caseNumber, caller.user(), caller.role()));
    }

    @Override
    public Optional<Evaluation> find(Caller caller, long id) {
        return find(id).filter(e -> access.reads(caller, e)).map(e -> access.shown(caller, e));
    }

    @Override
    public List<Evaluation> list(Caller caller, String caseNumber, String departmentCode, Satisfaction level, LocalDate from,
                                 LocalDate to, int limit) {
        access.require(caller, Role.SUPERVISOR, Role.OPS, Role.CLERK, Role.REVIEWER);
        if (!access.wholeNode(caller) && (caller.has(Role.SUPERVISOR) || caller.has(Role.OPS))) {
            // A supervisor of some of this node's halls: the reviews of their divisions' cases, whole.
            return tx.read(c -> EvaluationStore.list(c, blankToNull(caseNumber), upper(departmentCode), level, from, to, limit(limit),
                    caller.divisionPrefix()));
        }
        return list(caseNumber, departmentCode, level, from, to, limit).stream().filter(e -> access.reads(caller, e))
                .map(e -> access.shown(caller, e))
                // Asked by its case, an anonymous review would still name it: left out for the staff it rates.
                .filter(e -> caseNumber == null || e.caseNumber() != null).toList();
    }

    @Override
    public List<Rectification> rectifications(Caller caller, RectificationStatus status, String departmentCode, int limit) {
        access.require(caller, Role.SUPERVISOR, Role.OPS, Role.REVIEWER);
        String dept = upper(departmentCode);
        if (dept != null && !access.wholeNode(caller) && !caller.departments().contains(dept)) {
            throw Fault.forbidden("user " + caller.user() + " answers for " + caller.departments() + ", not " + dept);
        }
        return rectifications(status, departmentCode, limit).stream().filter(r -> access.reads(caller, r))
                .map(r -> access.shown(caller, r)).toList();
    }

    @Override
    public Optional<Rectification> rectification(Caller caller, long id) {
        return rectification(id).filter(r -> access.reads(caller, r)).map(r -> access.shown(caller, r));
    }

    @Override
    public Rectification record(Caller caller, long id, RectificationStep step, String text) {
        access.require(caller, Role.REVIEWER, Role.SUPERVISOR);
        rectification(caller, id).orElseThrow(() -> Fault.notFound("no rectification " + id));
        return access.shown(caller, record(id, step, text, caller.user(), caller.role()));
    }

    @Override
    public Rectification close(Caller caller, long id) {
        access.require(caller, Role.REVIEWER, Role.SUPERVISOR);
        rectification(caller, id).orElseThrow(() -> Fault.notFound("no rectification " + id));
        return access.shown(caller, close(id, caller.user(), caller.role()));
    }

    @Override
    public Appeal appeal(Caller caller, long evaluationId, String reason) {
        access.require(caller, Role.CLERK, Role.REVIEWER, Role.SUPERVISOR);
        find(caller, evaluationId).orElseThrow(() -> Fault.notFound("no evaluation " + evaluationId));
        return appeal(evaluationId, reason, caller.user(), caller.role());
    }

    @Override
    public Appeal decideAppeal(Caller caller, long appealId, boolean uphold, String decision) {
        access.requireWholeNode(caller);
        access.require(caller, Role.SUPERVISOR);
        return decideAppeal(appealId, uphold, decision, caller.user(), caller.role());
    }

    @Override
    public List<Appeal> appeals(Caller caller, AppealStatus status, int limit) {
        access.requireWholeNode(caller);
        return appeals(status, limit);
    }

    @Override
    public Optional<Appeal> findAppeal(Caller caller, long appealId) {
        access.requireWholeNode(caller);
        return tx.read(c -> EvaluationStore.appeal(c, appealId));
    }

    // ---- statistics -------------------------------------------------------------------------------------------

    @Override
    public Statistics statistics(Caller caller, Dimension dimension, LocalDate from, LocalDate to) {
        return statistics.statistics(dimension, from, to, scope(caller));
    }

    @Override
    public Statistics ranking(Caller caller, Dimension dimension, LocalDate from, LocalDate to) {
        return statistics.ranking(dimension == null ? Dimension.WINDOW : dimension, from, to, config.bottomPlaces(), scope(caller));
    }

    @Override
    public List<TrendPoint> trend(Caller caller, YearMonth from, YearMonth to, Dimension dimension, String key) {
        return statistics.trend(from, to, dimension, key, scope(caller));
    }

    /** Figures are for supervision: of the whole node, or (null: all) of the caller's divisions' cases only. */
    private String scope(Caller caller) {
        access.require(caller, Role.SUPERVISOR, Role.OPS);
        return access.wholeNode(caller) ? null : caller.divisionPrefix();
    }

    // ---- the sweep --------------------------------------------------------------------------------------------

    @Override
    public synchronized SweepReport sweep() {
        long start = System.nanoTime();
        EvaluationConfig cfg = config;
        LocalDate today = clock.today();
        int invited = tx.inTransaction(c -> {
            int n = 0;
            for (FinishedCase k : EvaluationStore.uninvited(c, today.minusDays(cfg.invitationLookbackDays()), BATCH)) {
                Savepoint before = c.setSavepoint();
                try {
                    invite(c, k, today, "evaluation", "node");
                    n++;
                } catch (SQLIntegrityConstraintViolationException raced) {
                    c.rollback(before);   // a clerk invited it meanwhile: that invitation stands, the rest of the batch goes on
                }
            }
            return n;
        });
        int defaulted = tx.inTransaction(c -> {
            int n = 0;
            for (Invited i : EvaluationStore.expired(c, today, BATCH)) {
                // The status update is the claim: an applicant evaluating at this moment either wins it or is refused.
                if (EvaluationStore.setStatus(c, i.caseNumber(), InvitationStatus.OPEN, InvitationStatus.DEFAULTED)
                        && EvaluationStore.evaluationOf(c, i.caseNumber(), false).isEmpty()) {
                    store(c, i, Satisfaction.BASIC, EvaluationChannel.SYSTEM_DEFAULT, Map.of(), null, false, false, "system");
                    n++;
                }
            }
            return n;
        });
        List<Card> cards = tx.inTransaction(c -> {
            List<Card> issued = new ArrayList<>();
            // Supervision decides by its thresholds which warning or card each task's due date calls for today.
            for (Rectification r : EvaluationStore.undone(c, calendar.addWorkingDays(today, 10))) {
                issued.addAll(supervision.escalate(c, subject(r), r.departmentCode(), r.departmentName(), r.dueDate()));
            }
            return issued;
        });
        supervision.announce(cards);
        return new SweepReport(today, invited, defaulted, cards.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** The subject supervision knows a rectification task by. */
    static String subject(Rectification r) {
        return subject(r.id());
    }

    static String subject(long rectificationId) {
        return "rectification:" + rectificationId;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private void record(Connection c, String caseNumber, String action, String actor, String role, String detail,
                        Map<String, Object> payload) throws SQLException {
        audit.append(c, new AuditEntry(actor == null ? "unknown" : actor, role, action, "case:" + caseNumber, detail));
        Map<String, Object> event = new LinkedHashMap<>(payload);
        event.putIfAbsent("caseNumber", caseNumber);
        outbox.append(c, "case:" + caseNumber, action, 1, event);
    }

    private Review valid(Review review) {
        List<String> faults = EvaluationRules.problems(review, indicators);
        if (!faults.isEmpty()) {
            throw Fault.invalid("the evaluation has " + faults.size() + " fault(s)", faults);
        }
        return review;
    }

    private static Invited locked(Connection c, String code) throws SQLException {
        return EvaluationStore.lockInvitation(c, InvitationCodes.normalise(code))
                .orElseThrow(() -> Fault.notFound("no invitation with code " + code));
    }

    private static Rectification lockedTask(Connection c, long id) throws SQLException {
        return EvaluationStore.lockRectification(c, id).orElseThrow(() -> Fault.notFound("no rectification " + id));
    }

    private static String required(String v, String name) {
        if (v == null || v.isBlank()) {
            throw Fault.invalid(name + " is required");
        }
        return v.trim();
    }

    private static String text(String v, String name, String what) {
        if (v == null || v.isBlank()) {
            throw Fault.invalid(name + " is required: " + what);
        }
        if (v.length() > EvaluationRules.MAX_TEXT) {
            throw Fault.invalid(name + " is at most " + EvaluationRules.MAX_TEXT + " characters");
        }
        return v.trim();
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static String upper(String v) {
        return v == null || v.isBlank() ? null : v.trim().toUpperCase();
    }

    private static int limit(int limit) {
        return Math.max(1, Math.min(limit, 1000));
    }
}
