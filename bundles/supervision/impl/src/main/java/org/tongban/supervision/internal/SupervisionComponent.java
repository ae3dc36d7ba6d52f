package org.tongban.supervision.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.NodeInfo;
import org.tongban.core.calendar.CalendarDependent;
import org.tongban.core.calendar.DateChange;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.data.Change;
import org.tongban.core.data.Changes;
import org.tongban.core.data.SchemaMigrations;
import org.tongban.core.data.Transactions;
import org.tongban.core.fault.Fault;
import org.tongban.core.schedule.PeriodicTask;
import org.tongban.core.schedule.PeriodicTasks;
import org.tongban.core.security.Caller;
import org.tongban.intake.CaseFigures;
import org.tongban.intake.CaseStanding;
import org.tongban.intake.DueWork;
import org.tongban.supervision.Bulletin;
import org.tongban.supervision.Card;
import org.tongban.supervision.CardColour;
import org.tongban.supervision.Notifier;
import org.tongban.supervision.OnTimeRate;
import org.tongban.supervision.OverdueCase;
import org.tongban.supervision.ScanReport;
import org.tongban.supervision.Supervision;

/**
 * Supervision as one service: it wires the use cases (the {@link DeadlineScan}, the {@link Escalations} other
 * capabilities hand in, the {@link SupervisorViews}), owns the configuration and the scan's schedule, and guards the
 * scan on demand.
 */
@Component(service = {Supervision.class, CalendarDependent.class}, configurationPid = "org.tongban.supervision",
        // After the capabilities whose dates it supervises: they recompute first, then the cards follow.
        property = "service.ranking:Integer=-10")
@Designate(ocd = SupervisionConfig.class)
public class SupervisionComponent implements Supervision, CalendarDependent {

    private static final Logger LOG = LoggerFactory.getLogger(SupervisionComponent.class);

    private final Transactions tx;
    private final Changes changes;
    private final DueWork work;
    private final PeriodicTasks periodic;
    private final Notices notices = new Notices();
    private final DeadlineScan deadlines;
    private final Escalations escalations;
    private final SupervisorViews views;
    /**
     * Guards {@link #scheduled}. Not the scan's lock: closing the handle waits for a scan under way, which holds that
     * lock, so re-scheduling under it would deadlock.
     */
    private final Object scheduling = new Object();
    private PeriodicTask scheduled;
    private final String nodeDivision;

    /**
     * What it supervises is read through intake's exported read services ({@code work}, {@code figures}) only; its
     * own tables are read through {@code tx} and changed through {@code changes}, with the cards' records and events.
     */
    @Activate
    public SupervisionComponent(@Reference Transactions tx, @Reference Changes changes, @Reference SchemaMigrations migrations,
                                @Reference DueWork work, @Reference CaseFigures figures, @Reference WorkingDayCalendar calendar,
                                @Reference TongbanClock clock, @Reference NodeInfo node, @Reference PeriodicTasks periodic,
                                SupervisionConfig config) {
        this.tx = tx;
        this.changes = changes;
        this.work = work;
        this.nodeDivision = node.identity().divisionCode();
        this.periodic = periodic;
        this.deadlines = new DeadlineScan(changes, work, calendar, clock, notices);
        this.escalations = new Escalations(deadlines::config, calendar, clock, notices);
        this.views = new SupervisorViews(tx, work, figures, calendar, clock);
        migrations.migrate("supervision", SupervisionComponent.class.getClassLoader());
        divideCards();
        configure(config);
    }

    /**
     * Copies the case's division into the cards issued before cards kept it (once; a card whose case intake no longer
     * holds keeps none, and so only the whole node's supervisors see it, as before).
     */
    private void divideCards() {
        List<String> undivided = tx.read(CardStore::undivided);
        if (undivided.isEmpty()) {
            return;
        }
        List<CaseStanding> cases = work.standing(undivided).stream().filter(k -> k.divisionCode() != null).toList();
        int n = changes.apply(ch -> {
            int done = 0;
            for (CaseStanding k : cases) {
                done += CardStore.divide(ch.sql(), k.caseNumber(), k.divisionCode());
            }
            return done;
        });
        LOG.info("supervision: the division of {} case(s) copied into {} earlier card(s)", cases.size(), n);
    }

    /** The thresholds are taken under the scan's lock, the schedule after it is released (see {@link #scheduling}). */
    @Modified
    void configure(SupervisionConfig changed) {
        if (deadlines.accept(changed)) {
            schedule(changed.scanIntervalMinutes());
        }
    }

    /** The scheduled scan, first a minute after (re)configuration; none when the interval is 0 (scans on demand only). */
    private void schedule(int minutes) {
        synchronized (scheduling) {
            if (scheduled != null) {
                scheduled.close();
                scheduled = null;
            }
            if (minutes > 0) {
                scheduled = periodic.every("supervision scan", Duration.ofSeconds(60), Duration.ofMinutes(minutes), deadlines::scheduled);
            }
        }
    }

    @Deactivate
    void stop() {
        schedule(0);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addNotifier(Notifier n) {
        notices.add(n);
    }

    void removeNotifier(Notifier n) {
        notices.remove(n);
    }

    /** A calendar year's data changed: the cards are re-judged (they hold no date of their own to recompute). */
    @Override
    public List<DateChange> recompute(Set<Integer> changedYears) {
        if (!changedYears.isEmpty()) {
            deadlines.rejudge(changedYears);
        }
        return List.of();
    }

    @Override
    public List<DateChange> preview(WorkingDayCalendar candidate, Set<Integer> changedYears) {
        return List.of();
    }

    /** A scan on demand: it reads and cards the whole node, so it takes ops or a supervisor whose scope holds the node. */
    @Override
    public ScanReport scan(Caller caller) {
        SupervisionScope.of(caller);
        if (!caller.covers(nodeDivision)) {
            throw Fault.forbidden("a scan of the node takes ops or a supervisor of " + nodeDivision + " or above");
        }
        return deadlines.scan();
    }

    // ---- deadlines of other capabilities -----------------------------------------------------------------------

    @Override
    public List<Card> escalate(Change change, String subject, String departmentCode, String departmentName, LocalDate dueDate) {
        return escalations.escalate(change, subject, departmentCode, departmentName, dueDate);
    }

    @Override
    public int closeEscalations(Change change, String subject, String reason) {
        return escalations.close(change, subject, reason);
    }

    // ---- the supervisor's views ----------------------------------------------------------------------------------

    @Override
    public List<Card> cards(Caller caller, String departmentCode, CardColour colour, boolean openOnly, int limit) {
        return views.cards(caller, departmentCode, colour, openOnly, limit);
    }

    @Override
    public List<OverdueCase> overdue(Caller caller, int limit) {
        return views.overdue(caller, limit);
    }

    @Override
    public OnTimeRate onTime(Caller caller, LocalDate from, LocalDate to) {
        return views.onTime(caller, from, to);
    }

    @Override
    public Bulletin bulletin(Caller caller, YearMonth month) {
        return views.bulletin(caller, month);
    }
}
