package org.tongban.supervision.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.data.Change;
import org.tongban.core.data.Changes;
import org.tongban.intake.DueWork;
import org.tongban.supervision.CardColour;
import org.tongban.supervision.CardScope;
import org.tongban.supervision.Notification;
import org.tongban.supervision.ScanReport;

/**
 * The deadline scan: it closes the cards whose reason is gone, then issues each crossing once, all in one change
 * with an audit record and an outbox event per card; notifications go out once it has committed. One scan at a time: this
 * object's monitor is the scan lock, which also guards the thresholds in force ({@link #accept}).
 */
final class DeadlineScan {

    // The component's logger, so the log's categories stay as they were before the split.
    private static final Logger LOG = LoggerFactory.getLogger(SupervisionComponent.class);
    private static final long STALE_MARGIN_MS = 10 * 60 * 1000L;

    private final Changes changes;
    private final DueWork work;
    private final WorkingDayCalendar calendar;
    private final TongbanClock clock;
    private final Notices notices;
    private volatile SupervisionConfig config;
    /** Start (node clock) of the previous scan, and scans since the last full re-check of open cards. */
    private Long lastScanStartMs;
    private int scansSinceFull;
    private LocalDate lastRedBefore;

    DeadlineScan(Changes changes, DueWork work, WorkingDayCalendar calendar, TongbanClock clock, Notices notices) {
        this.changes = changes;
        this.work = work;
        this.calendar = calendar;
        this.clock = clock;
        this.notices = notices;
    }

    /** The thresholds in force (escalations judge by the same). */
    SupervisionConfig config() {
        return config;
    }

    /** Takes a changed configuration; false when it is invalid and the previous one stays (the first must be valid). */
    synchronized boolean accept(SupervisionConfig changed) {
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

    /**
     * A calendar year's data changed: re-judge every card on the dates as now recomputed (a full scan closes the cards
     * whose due date moved and issues what the new dates call for).
     */
    synchronized void rejudge(Set<Integer> changedYears) {
        lastScanStartMs = null;
        ScanReport r = scan();
        LOG.info("supervision: calendar {} changed; cards re-judged: {} issued, {} closed", changedYears, r.issued(), r.closed());
    }

    /** The scheduled scan; one that throws is logged by core's scheduler, and the next one retries. */
    void scheduled() {
        ScanReport r = scan();
        if (r.issued() + r.closed() > 0) {
            LOG.info("supervision scan for {}: {} card(s) issued, {} closed in {} ms", r.day(), r.issued(), r.closed(), r.millis());
        }
    }

    synchronized ScanReport scan() {
        long start = System.nanoTime();
        SupervisionConfig cfg = config;
        LocalDate today = clock.today();
        Instant now = clock.now();
        Thresholds t = Thresholds.on(calendar, today, cfg.warnDays(), cfg.yellowAfter(), cfg.redAfter());
        int[] counts = changes.apply(ch -> {
            Connection c = ch.sql();
            // Made afresh by each attempt: a change run again notifies of its last attempt's cards only.
            List<Notification> notes = new ArrayList<>();
            int closed = 0;
            // Between full passes (the first, then every tenth) a scan looks only at cases changed since shortly before
            // the previous one and at due dates time may have moved across a threshold since then; the full pass catches
            // up whatever that misses (a clock moved back, a change without updated_ms).
            boolean full = lastScanStartMs == null || scansSinceFull >= 9;
            Instant since = full ? null : Instant.ofEpochMilli(lastScanStartMs - STALE_MARGIN_MS);
            LocalDate from = full || lastRedBefore == null || lastRedBefore.isAfter(t.redBefore()) ? null : lastRedBefore;
            for (Crossings.Stale s : Crossings.stale(c, work, since)) {
                CardStore.close(c, s.id(), today, s.reason());
                CardRecords.record(ch, s.caseNumber(), "supervision.card.closed", s.colour() + " card of " + s.departmentName()
                        + " closed: " + s.reason(), Map.of("cardId", s.id(), "colour", s.colour(), "department", s.departmentCode(),
                        "reason", s.reason()));
                closed++;
            }
            int issued = 0;
            for (CardScope scope : List.of(CardScope.CASE, CardScope.STEP)) {
                List<CardStore.Missing> missing = Crossings.missing(c, work, scope, t, cfg.yellowAfter(), cfg.redAfter(), cfg.warnDays(),
                        from, since);
                for (CardStore.Missing m : missing) {
                    issued += issue(ch, m.crossing(), m.colour(), m.threshold(), today, now, notes) ? 1 : 0;
                }
            }
            if (!notes.isEmpty()) {
                ch.afterCommit(() -> notices.send(notes));
            }
            return new int[] {issued, closed};
        });
        scansSinceFull = lastScanStartMs == null || scansSinceFull >= 9 ? 0 : scansSinceFull + 1;
        lastScanStartMs = now.toEpochMilli();
        lastRedBefore = t.redBefore();
        return new ScanReport(today, counts[0], counts[1], (System.nanoTime() - start) / 1_000_000);
    }

    private boolean issue(Change ch, CardStore.Crossing x, CardColour colour, int threshold, LocalDate today, Instant now,
                          List<Notification> notes) throws SQLException {
        if (!CardStore.issue(ch.sql(), x, colour, threshold, today, now)) {
            return false;
        }
        String what = colour == CardColour.WARNING ? "due " + x.dueDate() + " (within " + -threshold + " working day(s))"
                : "overdue since " + x.dueDate() + " (" + threshold + "+ working day(s))";
        String who = x.scope() == CardScope.CASE ? "case" : "review step of " + x.departmentName();
        boolean provisional = calendar.provisionalBetween(x.dueDate(), today);
        CardRecords.record(ch, x.caseNumber(), "supervision.card." + colour.name().toLowerCase(), colour + " for the " + who + ": " + what
                        + (provisional ? " (provisional calendar)" : ""),
                Map.of("scope", x.scope(), "colour", colour, "department", x.departmentCode(), "dueDate", x.dueDate().toString(),
                        "threshold", threshold, "provisional", provisional));
        notes.add(new Notification(x.departmentCode(), x.departmentName(), x.caseNumber(),
                colour == CardColour.WARNING ? "deadline warning" : colour.name().toLowerCase() + " card", who + " " + what));
        return true;
    }
}
