package org.tongban.intermediary.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import org.tongban.core.audit.AccessLog;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.data.Change;
import org.tongban.core.data.Changes;
import org.tongban.core.data.Transactions;
import org.tongban.core.fault.Fault;
import org.tongban.core.security.Caller;
import org.tongban.intermediary.Agency;
import org.tongban.intermediary.Project;

/**
 * What the marketplace's use cases share: transactions, time, the access rules, the settings in force, and the one way a
 * change is recorded (its audit record and outbox event in the change's transaction, under the project's or agency's
 * subject).
 */
final class MarketContext {

    final Transactions tx;
    final Changes changes;
    final WorkingDayCalendar calendar;
    final TongbanClock clock;
    final MarketAccess access;
    final AccessLog reads;
    // The shipped defaults until a configuration is read, and whenever the first one is unusable.
    private volatile MarketSettings settings = MarketSettings.DEFAULTS;

    MarketContext(Transactions tx, Changes changes, WorkingDayCalendar calendar, TongbanClock clock, MarketAccess access,
                  AccessLog reads) {
        this.tx = tx;
        this.changes = changes;
        this.calendar = calendar;
        this.clock = clock;
        this.access = access;
        this.reads = reads;
    }

    MarketSettings settings() {
        return settings;
    }

    void settings(MarketSettings s) {
        settings = s;
    }

    /** Audit record and outbox event of one change. Never pass a sealed bid here: both are read before the opening. */
    void record(Change ch, String subject, String action, String actor, String role, String detail,
                Map<String, Object> payload) {
        ch.audit(new AuditEntry(actor == null ? "unknown" : actor, role, action, subject, detail));
        ch.emit(subject, action, 1, payload);
    }

    /** The project as published now, with its earlier attempts. */
    Project view(Connection c, StoredProject p) throws SQLException {
        return p.view(clock.now(), Relaunches.of(c, p));
    }

    /** The project locked for a change by its owner or by supervision. */
    StoredProject owned(Connection c, long projectId, Caller caller, boolean supervisor) throws SQLException {
        StoredProject p = ProjectStore.lock(c, projectId).orElseThrow(() -> noProject(projectId));
        if (!supervisor && !MarketAccess.owns(caller, p)) {
            throw Fault.forbidden("project " + p.code + " belongs to " + p.ownerAccount);
        }
        return p;
    }

    static Agency agency(Connection c, long id, LocalDate today) throws SQLException {
        return AgencyStore.agency(c, id, today).orElseThrow(() -> Fault.notFound("no agency " + id));
    }

    static String ownerRole(boolean supervisor) {
        return supervisor ? "supervisor" : "owner";
    }

    static String projectSubject(StoredProject p) {
        return "intermediary-project:" + p.code;
    }

    static String agencySubject(long id) {
        return "intermediary-agency:" + id;
    }

    static Fault noProject(long projectId) {
        return Fault.notFound("no project " + projectId);
    }
}
