package org.tongban.supervision.internal;

import org.tongban.core.fault.Fault;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
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
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.NodeInfo;
import org.tongban.core.audit.AuditTrail;
import org.tongban.core.security.Caller;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.calendar.CalendarDependent;
import org.tongban.core.calendar.DateChange;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.data.DataAccessException;
import org.tongban.core.data.SchemaMigrations;
import org.tongban.core.data.Transactions;
import org.tongban.core.outbox.Outbox;
import org.tongban.core.schedule.PeriodicTask;
import org.tongban.core.schedule.PeriodicTasks;
import org.tongban.intake.CaseFigures;
import org.tongban.intake.CaseStanding;
import org.tongban.intake.DueWork;
import org.tongban.supervision.Bulletin;
import org.tongban.supervision.Card;
import org.tongban.supervision.CardColour;
import org.tongban.supervision.CardScope;
import org.tongban.supervision.Notification;
import org.tongban.supervision.Notifier;
import org.tongban.supervision.OnTimeRate;
import org.tongban.supervision.OverdueCase;
import org.tongban.supervision.ScanReport;
import org.tongban.supervision.Supervision;

/**
 * The deadline scan and the supervisor's views. A scan closes the cards whose reason is gone, then issues each
 * crossing once, all in one transaction with an audit record and an outbox event per card; notifications go out
 * after the commit. It runs on a schedule and on demand, one at a time.
 */
@Component(service = {Supervision.class, CalendarDependent.class}, configurationPid = "org.tongban.supervision",
        // After the capabilities whose dates it supervises: they recompute first, then the cards follow.
        property = "service.ranking:Integer=-10")
@Designate(ocd = SupervisionConfig.class)
public class SupervisionComponent implements Supervision, CalendarDependent {

    private static final Logger LOG = LoggerFactory.getLogger(SupervisionComponent.class);

    private final Transactions tx;
    private final WorkingDayCalendar calendar;
    private final TongbanClock clock;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final DueWork work;
    private final CaseFigures figures;
    private final List<Notifier> notifiers = new CopyOnWriteArrayList<>();
    private final PeriodicTasks periodic;
    private volatile SupervisionConfig config;
    /** Start (node clock) of the previous scan, and scans since the last full re-check of open cards. */
    private Long lastScanStartMs;
    private int scansSinceFull;
    private LocalDate lastRedBefore;
    private static final long STALE_MARGIN_MS = 10 * 60 * 1000L;
    /**
     * Guards {@link #scheduled}. Not the component's monitor: closing the handle waits for a scan under way, which holds
     * that monitor, so re-scheduling under it would deadlock.
     */
    private final Object scheduling = new Object();
    private PeriodicTask scheduled;
    private final String nodeDivision;

    /** What it supervises is read through intake's exported read services ({@code work}, {@code figures}) only. */
    @Activate
    public SupervisionComponent(@Reference Transactions tx, @Reference SchemaMigrations migrations, @Reference DueWork work,
                                @Reference CaseFigures figures, @Reference WorkingDayCalendar calendar, @Reference TongbanClock clock,
                                @Reference AuditTrail audit, @Reference Outbox outbox, @Reference NodeInfo node,
                                @Reference PeriodicTasks periodic, SupervisionConfig config) {
        this.tx = tx;
        this.work = work;
        this.figures = figures;
        this.nodeDivision = node.identity().divisionCode();
        this.calendar = calendar;
        this.clock = clock;
        this.audit = audit;
        this.outbox = outbox;
        this.periodic = periodic;
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
        int n = tx.inTransaction(c -> {
            int done = 0;
            for (CaseStanding k : cases) {
                done += CardStore.divide(c, k.caseNumber(), k.divisionCode());
            }
            return done;
        });
        LOG.info("supervision: the division of {} case(s) copied into {} earlier card(s)", cases.size(), n);
    }

    @Modified
    void configure(SupervisionConfig changed) {
        if (accept(changed)) {
            schedule(changed.scanIntervalMinutes());
        }
    }

    private synchronized boolean accept(SupervisionConfig changed) {
        if (changed.yellowAfter() < 1 || changed.redAfter() <= changed.yellowAfter()) {
            // A bad edit keeps the thresholds that were working rather than stopping supervision.
            LOG.error("org.tongban.supervision: need 1 <= yellowAfter < redAfter, got {}/{}; keeping the previous thresholds",
                    changed.yellowAfter(), changed.redAfter());
            if (config != null) {
                return false;
            }
            throw new IllegalArgumentException("invalid supervision thresholds");
        }
        this.config = changed;
        return true;
    }

    /** The scheduled scan, first a minute after (re)configuration; none when the interval is 0 (scans on demand only). */
    private void schedule(int minutes) {
        synchronized (scheduling) {
            if (scheduled != null) {
                scheduled.close();
                scheduled = null;
            }
            if (minutes > 0) {
                scheduled = periodic.every("supervision scan", Duration.ofSeconds(60), Duration.ofMinutes(minutes), this::scheduledScan);
            }
        }
    }

    @Deactivate
    void stop() {
        schedule(0);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addNotifier(Notifier n) {
        notifiers.add(n);
    }

    void removeNotifier(Notifier n) {
        notifiers.remove(n);
    }

    /**
     * A calendar year's data changed: re-judge every card on the dates as now recomputed (a full scan closes the cards
     * whose due date moved and issues what the new dates call for). Cards hold no date of their own to recompute.
     */
    @Override
    public synchronized List<DateChange> recompute(Set<Integer> changedYears) {
        if (!changedYears.isEmpty()) {
            lastScanStartMs = null;
            ScanReport r = scan();
            LOG.info("supervision: calendar {} changed; cards re-judged: {} issued, {} closed", changedYears, r.issued(), r.closed());
        }
        return List.of();
    }

    @Override
    public List<DateChange> preview(WorkingDayCalendar candidate, Set<Integer> changedYears) {
        return List.of();
    }

    /** A scan that throws is logged by core's scheduler, and the next one retries. */
    private void scheduledScan() {
        ScanReport r = scan();
        if (r.issued() + r.closed() > 0) {
            LOG.info("supervision scan for {}: {} card(s) issued, {} closed in {} ms", r.day(), r.issued(), r.closed(), r.millis());
        }
    }

    /** A scan on demand: it reads and cards the whole node, so it takes ops or a supervisor whose scope holds the node. */
    @Override
    public ScanReport scan(Caller caller) {
        SupervisionScope.of(caller);
        if (!caller.covers(nodeDivision)) {
            throw Fault.forbidden("a scan of the node takes ops or a supervisor of " + nodeDivision + " or above");
        }
        return scan();
    }

    synchronized ScanReport scan() {
        long start = System.nanoTime();
        SupervisionConfig cfg = config;
        LocalDate today = clock.today();
        Instant now = clock.now();
        Thresholds t = Thresholds.on(calendar, today, cfg.warnDays(), cfg.yellowAfter(), cfg.redAfter());
        List<Notification> notes = new ArrayList<>();
        int[] counts = tx.inTransaction(c -> {
            int closed = 0;
            // Between full passes (the first, then every tenth) a scan looks only at cases changed since shortly before
            // the previous one and at due dates time may have moved across a threshold since then; the full pass catches
            // up whatever that misses (a clock moved back, a change without updated_ms).
            boolean full = lastScanStartMs == null || scansSinceFull >= 9;
            Instant since = full ? null : Instant.ofEpochMilli(lastScanStartMs - STALE_MARGIN_MS);
            LocalDate from = full || lastRedBefore == null || lastRedBefore.isAfter(t.redBefore()) ? null : lastRedBefore;
            for (Crossings.Stale s : Crossings.stale(c, work, since)) {
                CardStore.close(c, s.id(), today, s.reason());
                record(c, s.caseNumber(), "supervision.card.closed", s.colour() + " card of " + s.departmentName() + " closed: "
                        + s.reason(), Map.of("cardId", s.id(), "colour", s.colour(), "department", s.departmentCode(),
                        "reason", s.reason()));
                closed++;
            }
            int issued = 0;
            for (CardScope scope : List.of(CardScope.CASE, CardScope.STEP)) {
                List<CardStore.Missing> missing = Crossings.missing(c, work, scope, t, cfg.yellowAfter(), cfg.redAfter(), cfg.warnDays(),
                        from, since);
                for (CardStore.Missing m : missing) {
                    issued += issue(c, m.crossing(), m.colour(), m.threshold(), today, now, notes) ? 1 : 0;
                }
            }
            return new int[] {issued, closed};
        });
        send(notes);
        scansSinceFull = lastScanStartMs == null || scansSinceFull >= 9 ? 0 : scansSinceFull + 1;
        lastScanStartMs = now.toEpochMilli();
        lastRedBefore = t.redBefore();
        return new ScanReport(today, counts[0], counts[1], (System.nanoTime() - start) / 1_000_000);
    }

    private boolean issue(Connection c, CardStore.Crossing x, CardColour colour, int threshold, LocalDate today, Instant now,
                          List<Notification> notes) throws SQLException {
        if (!CardStore.issue(c, x, colour, threshold, today, now)) {
            return false;
        }
        String what = colour == CardColour.WARNING ? "due " + x.dueDate() + " (within " + -threshold + " working day(s))"
                : "overdue since " + x.dueDate() + " (" + threshold + "+ working day(s))";
        String who = x.scope() == CardScope.CASE ? "case" : "review step of " + x.departmentName();
        boolean provisional = provisional(x.dueDate(), today);
        record(c, x.caseNumber(), "supervision.card." + colour.name().toLowerCase(), colour + " for the " + who + ": " + what
                        + (provisional ? " (provisional calendar)" : ""),
                Map.of("scope", x.scope(), "colour", colour, "department", x.departmentCode(), "dueDate", x.dueDate().toString(),
                        "threshold", threshold, "provisional", provisional));
        notes.add(new Notification(x.departmentCode(), x.departmentName(), x.caseNumber(),
                colour == CardColour.WARNING ? "deadline warning" : colour.name().toLowerCase() + " card", who + " " + what));
        return true;
    }

    private void record(Connection c, String caseNumber, String action, String detail, Map<String, Object> payload)
            throws SQLException {
        audit.append(c, new AuditEntry("supervision", "node", action, "case:" + caseNumber, detail));
        Map<String, Object> event = new LinkedHashMap<>(payload);
        event.put("caseNumber", caseNumber);
        event.put("detail", detail);
        outbox.append(c, "case:" + caseNumber, action, 1, event);
    }

    private void send(List<Notification> notes) {
        for (Notification n : notes) {
            for (Notifier notifier : notifiers) {
                try {
                    notifier.send(n);
                } catch (RuntimeException e) {
                    LOG.warn("notification channel {} failed for case {}", notifier.channel(), n.caseNumber(), e);
                }
            }
        }
    }

    // ---- deadlines of other capabilities -----------------------------------------------------------------------

    @Override
    public List<Card> escalate(Connection c, String subject, String departmentCode, String departmentName, LocalDate dueDate) {
        SupervisionConfig cfg = config;
        LocalDate today = clock.today();
        Instant now = clock.now();
        Thresholds t = Thresholds.on(calendar, today, cfg.warnDays(), cfg.yellowAfter(), cfg.redAfter());
        CardStore.Crossing x = new CardStore.Crossing(subject, CardScope.TASK, departmentCode, departmentName, dueDate, null);
        List<Card> issued = new ArrayList<>();
        try {
            // The same crossings the scan judges a case by (Thresholds), for one deadline.
            if (dueDate.isBefore(t.redBefore())) {
                escalate(c, x, CardColour.RED, cfg.redAfter(), today, now, issued);
            }
            if (dueDate.isBefore(t.yellowBefore())) {
                escalate(c, x, CardColour.YELLOW, cfg.yellowAfter(), today, now, issued);
            }
            if (!dueDate.isBefore(today) && !dueDate.isAfter(t.warnUntil())) {
                escalate(c, x, CardColour.WARNING, -cfg.warnDays(), today, now, issued);
            }
        } catch (SQLException e) {
            throw new DataAccessException("escalating " + subject + " failed", e);
        }
        return issued;
    }

    private void escalate(Connection c, CardStore.Crossing x, CardColour colour, int threshold, LocalDate today, Instant now,
                          List<Card> issued) throws SQLException {
        long id = CardStore.insert(c, x, colour, threshold, today, now);
        if (id == 0) {
            return;
        }
        String detail = colour == CardColour.WARNING ? colour + " for " + x.caseNumber() + ": due " + x.dueDate()
                : colour + " card for " + x.caseNumber() + ": overdue since " + x.dueDate() + " (" + threshold + "+ working day(s))";
        String action = "supervision.card." + colour.name().toLowerCase();
        audit.append(c, new AuditEntry("supervision", "node", action, x.caseNumber(), detail));
        outbox.append(c, x.caseNumber(), action, 1, Map.of("cardId", id, "scope", CardScope.TASK, "subject", x.caseNumber(),
                "colour", colour, "department", x.departmentCode(), "dueDate", x.dueDate().toString(), "threshold", threshold,
                "detail", detail, "provisional", provisional(x.dueDate(), today)));
        issued.add(new Card(id, x.caseNumber(), CardScope.TASK, x.departmentCode(), x.departmentName(), colour, x.dueDate(),
                threshold, today, null, null, provisional(x.dueDate(), today)));
    }

    @Override
    public int closeEscalations(Connection c, String subject, String reason) {
        LocalDate today = clock.today();
        try {
            List<Long> open = CardStore.openOf(c, subject, CardScope.TASK);
            for (long id : open) {
                CardStore.close(c, id, today, reason);
                audit.append(c, new AuditEntry("supervision", "node", "supervision.card.closed", subject,
                        "card " + id + " closed: " + reason));
                outbox.append(c, subject, "supervision.card.closed", 1, Map.of("cardId", id, "subject", subject, "reason", reason));
            }
            return open.size();
        } catch (SQLException e) {
            throw new DataAccessException("closing the cards of " + subject + " failed", e);
        }
    }

    @Override
    public void announce(List<Card> cards) {
        send(cards.stream().map(k -> new Notification(k.departmentCode(), k.departmentName(), k.caseNumber(),
                k.colour() == CardColour.WARNING ? "deadline warning" : k.colour().name().toLowerCase() + " card",
                k.caseNumber() + (k.colour() == CardColour.WARNING ? " is due " : " is overdue since ") + k.dueDate())).toList());
    }

    @Override
    public List<Card> cards(Caller caller, String departmentCode, CardColour colour, boolean openOnly, int limit) {
        String dept = departmentCode == null || departmentCode.isBlank() ? null : departmentCode.trim().toUpperCase();
        SupervisionScope scope = SupervisionScope.ofCards(caller, dept);
        return tx.read(c -> CardStore.cards(c, scope, colour, openOnly, limit)).stream()
                .map(k -> k.provisional(provisional(k.dueDate(), k.issuedOn()))).toList();
    }

    /** Whether a card's due date or the working days counted to it lie in a year without official calendar data. */
    private boolean provisional(LocalDate due, LocalDate on) {
        return calendar.provisionalBetween(due, on);
    }

    @Override
    public List<OverdueCase> overdue(Caller caller, int limit) {
        SupervisionScope scope = SupervisionScope.of(caller);
        LocalDate today = clock.today();
        return work.overdue(scope.divisions(), today, limit).stream()
                .map(o -> new OverdueCase(o.caseNumber(), o.itemName(), o.departmentCode(), o.departmentName(), o.status().name(),
                        o.promisedDate(), Thresholds.overdue(calendar, o.promisedDate(), today)))
                .filter(o -> o.overdueWorkingDays() > 0)
                .sorted((a, b) -> Long.compare(b.overdueWorkingDays(), a.overdueWorkingDays()))
                .toList();
    }

    @Override
    public OnTimeRate onTime(Caller caller, LocalDate from, LocalDate to) {
        SupervisionScope scope = SupervisionScope.of(caller);
        return BulletinStore.onTime(figures, scope, from, to);
    }

    @Override
    public Bulletin bulletin(Caller caller, YearMonth month) {
        SupervisionScope scope = SupervisionScope.of(caller);
        return tx.read(c -> BulletinStore.bulletin(c, figures, scope, month, clock.zone()));
    }
}
