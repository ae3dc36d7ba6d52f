package org.tongban.intake.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.ServiceItem;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.data.Change;
import org.tongban.core.data.ChangeWork;
import org.tongban.core.data.Changes;
import org.tongban.core.fault.Fault;
import org.tongban.core.security.Caller;
import org.tongban.core.validation.ResidentId;
import org.tongban.intake.CaseEvent;
import org.tongban.intake.CaseEventCodec;
import org.tongban.intake.CaseFacts;
import org.tongban.intake.CaseObserver;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.CaseView;
import org.tongban.intake.PostApprovalCheck;
import org.tongban.intake.ReviewStep;

/**
 * How a change of a case is made: as one group-committed {@link Change} holding the case's row lock, the lifecycle
 * check, the change, its audit records and its outbox events commit together or not at all; observers are told in it.
 */
final class CaseWork {

    private final Changes changes;
    private final Catalog catalog;
    private final WorkingDayCalendar calendar;
    private final TongbanClock clock;
    private final Supplier<IntakeConfig> config;
    /** Capabilities told of every case change as part of it (e.g. surrogate, for cases forwarded from below). */
    private final List<CaseObserver> observers;

    CaseWork(Changes changes, Catalog catalog, WorkingDayCalendar calendar, TongbanClock clock, Supplier<IntakeConfig> config,
             List<CaseObserver> observers) {
        this.changes = changes;
        this.catalog = catalog;
        this.calendar = calendar;
        this.clock = clock;
        this.config = config;
        this.observers = observers;
    }

    /** What one change did: its event, made from the case's facts once it is changed; NONE records nothing more. */
    record Step(Function<CaseFacts, CaseEvent> event) {
        static final Step NONE = new Step(null);
    }

    /** A change of one locked case, recorded on the {@link Change} that makes it. */
    @FunctionalInterface
    interface CaseChange {
        Step apply(Change change, StoredCase k) throws SQLException;
    }

    @FunctionalInterface
    interface SimpleChange {
        Step apply(StoredCase k);
    }

    CaseView change(String caseNumber, SimpleChange change, Caller caller) {
        return change(caseNumber, (ch, k) -> change.apply(k), caller);
    }

    /**
     * Lock, check the caller may see the case, change, write, audit and emit in one transaction; the view returned is
     * what was committed.
     */
    CaseView change(String caseNumber, CaseChange change, Caller caller) {
        String actor = caller.user();
        String role = caller.role();
        return inChange(ch -> {
            Connection c = ch.sql();
            StoredCase k = locked(c, caller, caseNumber);
            Step step = change.apply(ch, k);
            k.updatedAt = clock.now();
            CaseStore.update(c, k);
            if (step.event() != null) {
                record(ch, k, actor, role, step.event());
            }
            return k.view(ReviewStore.steps(c, caseNumber), LedgerStore.suspensions(c, caseNumber),
                    LedgerStore.extensions(c, caseNumber));
        });
    }

    /** An approval on a signed commitment (告知承诺) gets its post-approval check (事后核查), due in working days. */
    void scheduleCheck(Change change, StoredCase k, String actor, String role) throws SQLException {
        if (!PostChecks.due(k)) {
            return;
        }
        PostApprovalCheck check = PostChecks.scheduled(k, calendar.addWorkingDays(k.decidedOn, config.get().postApprovalCheckDays()));
        PostCheckStore.open(change.sql(), check);
        k.details = k.details.withPostCheck(check);
        record(change, k, actor, role, f -> new CaseEvent.PostChecked(f, CaseEvent.PostChecked.Stage.SCHEDULED, "approved on the signed commitment (告知承诺) for "
                + String.join("; ", k.details.replacedByCommitment()) + ": post-approval check (事后核查) due " + check.dueOn()));
    }

    ServiceItem pinned(StoredCase k) {
        return catalog.version(k.itemCode, k.itemVersion).orElseThrow(() -> new IllegalStateException(
                "case " + k.caseNumber + " is pinned to " + k.itemCode + " v" + k.itemVersion + ", which the catalogue lost")).item();
    }

    static void inReview(StoredCase k, String what) {
        if (k.status != CaseStatus.DISPATCHED && k.status != CaseStatus.UNDER_REVIEW) {
            throw Fault.conflict("case " + k.caseNumber + " is " + k.status + ": only a case with its departments is " + what);
        }
    }

    /** Marks the case's dates provisional when computing them touched a year without official data. */
    void flagDates(StoredCase k) {
        LocalDate latest = k.toleranceDue != null && k.toleranceDue.isAfter(k.promisedDate) ? k.toleranceDue : k.promisedDate;
        k.datesProvisional = calendar.provisionalBetween(k.acceptedOn, latest);
    }

    /** The key of a change's case events, in the order they were made: the observers are told of them at its end. */
    private static final Object TOLD = new Object();

    /**
     * Runs case work as one change, group-committed: concurrent case changes run one after the other under savepoints
     * of their own and share one commit (one log force), and none is answered before it. Each step's audit record and
     * event go on the change as it happens; core writes them at its end, in order, each kind as one batch (per
     * subject), so the rows other transactions also touch (the outbox's per-subject numbers, the audit table) are held
     * for the shortest time. The observers are told of the change's events at the end of its work, on the same
     * change, so what they record commits with the case change or not at all.
     */
    <T> T inChange(ChangeWork<T> work) {
        return changes.applyGrouped(change -> {
            T result = work.run(change);
            for (CaseEvent e : told(change)) {
                for (CaseObserver o : observers) {
                    o.changed(change, e);
                }
            }
            return result;
        });
    }

    /** Marks a case as created by this change: its events are the first of their subject. */
    static void created(Change change, StoredCase k) {
        change.created(subject(k.caseNumber));
    }

    /** Records the change {@code event} makes of the case's facts as they are now: its audit entry and its event. */
    void record(Change change, StoredCase k, String actor, String role, Function<CaseFacts, CaseEvent> event) {
        CaseEvent e = event.apply(facts(k));
        String subject = subject(k.caseNumber);
        change.audit(new AuditEntry(actor, role, e.type(), subject, e.detail()));
        change.emit(subject, e.type(), CaseEvent.VERSION, CaseEventCodec.payload(e));
        told(change).add(e);
    }

    private static List<CaseEvent> told(Change change) {
        return change.local(TOLD, ArrayList::new);
    }

    /** The case as upper levels and the provincial hub record it: the applicant's ID number masked as every list shows it. */
    private static CaseFacts facts(StoredCase k) {
        return new CaseFacts(k.caseNumber, k.status, k.itemCode, k.itemVersion, k.itemName, k.departmentCode, k.departmentName,
                k.application.applicant().type(), k.application.applicant().name(), ResidentId.mask(k.application.applicant().idNumber()),
                k.application.channel(), k.application.externalRef(), k.acceptedOn, k.promisedDate, k.toleranceDue,
                k.datesProvisional, k.outcome, k.missing, k.tolerated, k.details.refusalReason(),
                k.details.postCheck() == null ? null : k.details.postCheck().dueOn());
    }

    static void requireText(String value, String field, String why) {
        if (value == null || value.isBlank()) {
            throw Fault.invalid(field + " is required: " + why);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static StoredCase locked(Connection c, String caseNumber) throws SQLException {
        return CaseStore.lock(c, caseNumber).orElseThrow(() -> Fault.notFound("no case " + caseNumber));
    }

    /** The case locked, when the caller may see it; "no case" alike when it does not exist and when it is out of scope. */
    static StoredCase locked(Connection c, Caller caller, String caseNumber) throws SQLException {
        StoredCase k = locked(c, caseNumber);
        if (!CaseAccess.sees(caller, k, ReviewStore.steps(c, caseNumber).stream().map(ReviewStep::departmentCode).toList())) {
            throw Fault.notFound("no case " + caseNumber);
        }
        return k;
    }

    static String subject(String caseNumber) {
        return "case:" + caseNumber;
    }
}
