package org.tongban.evaluation.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.NodeInfo;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.data.Changes;
import org.tongban.core.data.SchemaMigrations;
import org.tongban.core.data.Transactions;
import org.tongban.core.fault.Fault;
import org.tongban.core.rest.Role;
import org.tongban.core.schedule.PeriodicTask;
import org.tongban.core.schedule.PeriodicTasks;
import org.tongban.core.security.Caller;
import org.tongban.evaluation.Appeal;
import org.tongban.evaluation.AppealStatus;
import org.tongban.evaluation.Dimension;
import org.tongban.evaluation.Evaluation;
import org.tongban.evaluation.Evaluations;
import org.tongban.evaluation.Invitation;
import org.tongban.evaluation.Rectification;
import org.tongban.evaluation.RectificationAnswer;
import org.tongban.evaluation.RectificationStatus;
import org.tongban.evaluation.RectificationStep;
import org.tongban.evaluation.Review;
import org.tongban.evaluation.Satisfaction;
import org.tongban.evaluation.Statistics;
import org.tongban.evaluation.SweepReport;
import org.tongban.evaluation.TrendPoint;
import org.tongban.intake.FinishedCases;
import org.tongban.intake.Intake;
import org.tongban.supervision.Card;
import org.tongban.supervision.Supervision;

/**
 * 好差评 on this node: who may do what ({@link EvaluationAccess}), handed to the use cases over their records
 * ({@link Invitations}, {@link Reviews}, {@link Rectifications}, {@link Appeals}, {@link StatisticsReads}), and the
 * sweep, scheduled and on demand, which invites finished cases, records the default rating when the period runs out
 * and hands overdue rectifications to supervision.
 */
@Component(service = Evaluations.class, configurationPid = "org.tongban.evaluation")
@Designate(ocd = EvaluationConfig.class)
public class EvaluationComponent implements Evaluations {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationComponent.class);

    private final TongbanClock clock;
    private final PeriodicTasks periodic;
    private volatile EvaluationConfig config;
    private volatile Set<String> indicators;
    /**
     * Guards {@link #scheduled}. Not the component's monitor: closing the handle waits for a sweep under way, which holds
     * that monitor, so re-scheduling under it would deadlock.
     */
    private final Object scheduling = new Object();
    private PeriodicTask scheduled;
    private final EvaluationAccess access;
    private final Invitations invitations;
    private final Reviews reviews;
    private final Rectifications rectifications;
    private final Appeals appeals;
    private final StatisticsReads statistics;

    /**
     * {@code intake} is referenced so the sweep starts only once intake runs: its cases are what is invited. The use
     * cases read through {@code tx} and change through {@code changes}, each change with its records and events.
     */
    @Activate
    public EvaluationComponent(@Reference Transactions tx, @Reference Changes changes, @Reference SchemaMigrations migrations,
                               @Reference Intake intake, @Reference FinishedCases finished, @Reference WorkingDayCalendar calendar,
                               @Reference TongbanClock clock, @Reference Supervision supervision, @Reference NodeInfo node,
                               @Reference PeriodicTasks periodic, EvaluationConfig config) {
        this.clock = clock;
        this.periodic = periodic;
        this.access = new EvaluationAccess(node.identity().divisionCode());
        this.invitations = new Invitations(tx, changes, finished, intake, clock, () -> this.config.periodDays());
        this.rectifications = new Rectifications(tx, changes, calendar, clock, supervision, () -> this.config.rectificationDays());
        this.reviews = new Reviews(tx, changes, clock, rectifications, node.identity().id(), () -> this.indicators);
        this.appeals = new Appeals(tx, changes, clock, rectifications);
        this.statistics = new StatisticsReads(tx);
        migrations.migrate("evaluation", EvaluationComponent.class.getClassLoader());
        int copied = invitations.copyDivisions();
        if (copied > 0) {
            LOG.info("evaluation: the division of {} case(s) invited before was copied from intake", copied);
        }
        configure(config);
    }

    @Modified
    void configure(EvaluationConfig changed) {
        if (accept(changed)) {
            schedule(changed.sweepIntervalMinutes());
        }
    }

    private synchronized boolean accept(EvaluationConfig changed) {
        List<String> faults = EvaluationRules.configProblems(changed);
        if (!faults.isEmpty()) {
            // A bad edit keeps the rules that were working rather than stopping evaluations.
            LOG.error("org.tongban.evaluation: {}; keeping the previous settings", String.join("; ", faults));
            if (config != null) {
                return false;
            }
            throw new IllegalArgumentException("invalid evaluation settings: " + String.join("; ", faults));
        }
        this.config = changed;
        this.indicators = EvaluationRules.indicators(changed.indicators());
        return true;
    }

    /** The scheduled sweep, first half a minute after (re)configuration; none when the interval is 0 (on demand only). */
    private void schedule(int minutes) {
        synchronized (scheduling) {
            if (scheduled != null) {
                scheduled.close();
                scheduled = null;
            }
            if (minutes > 0) {
                scheduled = periodic.every("evaluation sweep", Duration.ofSeconds(30), Duration.ofMinutes(minutes), this::scheduledSweep);
            }
        }
    }

    /** A sweep under way ends first: no interrupt inside Derby (it would close the database connection). */
    @Deactivate
    void stop() {
        schedule(0);
    }

    /** A sweep that throws is logged by core's scheduler, and the next one retries. */
    private void scheduledSweep() {
        SweepReport r = sweep();
        if (r.invited() + r.defaulted() + r.cardsIssued() > 0) {
            LOG.info("evaluation sweep for {}: {} invited, {} default rating(s), {} card(s)", r.day(), r.invited(), r.defaulted(),
                    r.cardsIssued());
        }
    }

    // ---- the applicant, by invitation code -------------------------------------------------------------------

    @Override
    public Optional<Invitation> invitation(String code) {
        return invitations.byCode(code);
    }

    @Override
    public Optional<Invitation> invitationFor(String caseNumber, String queryCode) {
        return invitations.forApplicant(caseNumber, queryCode);
    }

    @Override
    public Evaluation evaluate(String code, Review review) {
        return reviews.evaluate(code, review);
    }

    @Override
    public Evaluation followUp(String code, Review review) {
        return reviews.followUp(code, review);
    }

    @Override
    public Optional<RectificationAnswer> rectificationAnswer(String code) {
        return rectifications.answer(code);
    }

    @Override
    public RectificationAnswer rateRectification(String code, Satisfaction rating) {
        return rectifications.rate(code, rating);
    }

    // ---- staff, as a caller -------------------------------------------------------------------------------------

    @Override
    public Invitation invite(Caller caller, String caseNumber) {
        access.require(caller, Role.CLERK, Role.AGENT, Role.SUPERVISOR, Role.OPS, Role.TABLET);
        return access.shown(caller, invitations.invite(caseNumber, caller.user(), caller.role()));
    }

    @Override
    public Optional<Evaluation> find(Caller caller, long id) {
        return reviews.find(id).filter(e -> access.reads(caller, e)).map(e -> access.shown(caller, e));
    }

    @Override
    public List<Evaluation> list(Caller caller, String caseNumber, String departmentCode, Satisfaction level, LocalDate from,
                                 LocalDate to, int limit) {
        access.require(caller, Role.SUPERVISOR, Role.OPS, Role.CLERK, Role.REVIEWER);
        if (!access.wholeNode(caller) && (caller.has(Role.SUPERVISOR) || caller.has(Role.OPS))) {
            // A supervisor of some of this node's halls: the reviews of their divisions' cases, whole.
            return reviews.list(caseNumber, departmentCode, level, from, to, limit, caller.divisionPrefix());
        }
        return reviews.list(caseNumber, departmentCode, level, from, to, limit, null).stream().filter(e -> access.reads(caller, e))
                .map(e -> access.shown(caller, e))
                // Asked by its case, an anonymous review would still name it: left out for the staff it rates.
                .filter(e -> caseNumber == null || e.caseNumber() != null).toList();
    }

    @Override
    public List<Rectification> rectifications(Caller caller, RectificationStatus status, String departmentCode, int limit) {
        access.require(caller, Role.SUPERVISOR, Role.OPS, Role.REVIEWER);
        String dept = Inputs.upper(departmentCode);
        if (dept != null && !access.wholeNode(caller) && !caller.departments().contains(dept)) {
            throw Fault.forbidden("user " + caller.user() + " answers for " + caller.departments() + ", not " + dept);
        }
        return rectifications.list(status, departmentCode, limit).stream().filter(r -> access.reads(caller, r))
                .map(r -> access.shown(caller, r)).toList();
    }

    @Override
    public Optional<Rectification> rectification(Caller caller, long id) {
        return rectifications.find(id).filter(r -> access.reads(caller, r)).map(r -> access.shown(caller, r));
    }

    @Override
    public Rectification record(Caller caller, long id, RectificationStep step, String text) {
        access.require(caller, Role.REVIEWER, Role.SUPERVISOR);
        rectification(caller, id).orElseThrow(() -> Fault.notFound("no rectification " + id));
        return access.shown(caller, rectifications.record(id, step, text, caller.user(), caller.role()));
    }

    @Override
    public Rectification close(Caller caller, long id) {
        access.require(caller, Role.REVIEWER, Role.SUPERVISOR);
        rectification(caller, id).orElseThrow(() -> Fault.notFound("no rectification " + id));
        return access.shown(caller, rectifications.close(id, caller.user(), caller.role()));
    }

    @Override
    public Appeal appeal(Caller caller, long evaluationId, String reason) {
        access.require(caller, Role.CLERK, Role.REVIEWER, Role.SUPERVISOR);
        find(caller, evaluationId).orElseThrow(() -> Fault.notFound("no evaluation " + evaluationId));
        return appeals.file(evaluationId, reason, caller.user(), caller.role());
    }

    @Override
    public Appeal decideAppeal(Caller caller, long appealId, boolean uphold, String decision) {
        access.requireWholeNode(caller);
        access.require(caller, Role.SUPERVISOR);
        return appeals.decide(appealId, uphold, decision, caller.user(), caller.role());
    }

    @Override
    public List<Appeal> appeals(Caller caller, AppealStatus status, int limit) {
        access.requireWholeNode(caller);
        return appeals.list(status, limit);
    }

    @Override
    public Optional<Appeal> findAppeal(Caller caller, long appealId) {
        access.requireWholeNode(caller);
        return appeals.find(appealId);
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
        LocalDate today = clock.today();
        int invited = invitations.inviteDecided(today, today.minusDays(config.invitationLookbackDays()));
        int defaulted = reviews.defaultExpired(today);
        // Supervision tells the departments of the cards once the escalations' change has committed.
        List<Card> cards = rectifications.escalate(today);
        return new SweepReport(today, invited, defaulted, cards.size(), (System.nanoTime() - start) / 1_000_000);
    }
}
