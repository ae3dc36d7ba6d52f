package org.tongban.intake.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.ServiceItem;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.audit.AuditTrail;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.data.Transactions;
import org.tongban.core.fault.Fault;
import org.tongban.core.outbox.NewEvent;
import org.tongban.core.outbox.Outbox;
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
 * How a change of a case is made: in one group-committed transaction holding the case's row lock, the lifecycle
 * check, the change, its audit records and its outbox events commit together or not at all; observers are told in it.
 */
final class CaseWork {

    private final Transactions tx;
    private final Catalog catalog;
    private final WorkingDayCalendar calendar;
    private final TongbanClock clock;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Supplier<IntakeConfig> config;
    /** Capabilities told of every case change in its transaction (e.g. surrogate, for cases forwarded from below). */
    private final List<CaseObserver> observers;

    CaseWork(Transactions tx, Catalog catalog, WorkingDayCalendar calendar, TongbanClock clock, AuditTrail audit, Outbox outbox,
             Supplier<IntakeConfig> config, List<CaseObserver> observers) {
        this.tx = tx;
        this.catalog = catalog;
        this.calendar = calendar;
        this.clock = clock;
        this.audit = audit;
        this.outbox = outbox;
        this.config = config;
        this.observers = observers;
    }

    /** What one change did: its event, made from the case's facts once it is changed; NONE records nothing more. */
    record Step(Function<CaseFacts, CaseEvent> event) {
        static final Step NONE = new Step(null);
    }

    @FunctionalInterface
    interface Change {
        Step apply(Connection c, StoredCase k) throws SQLException;
    }

    @FunctionalInterface
    interface SimpleChange {
        Step apply(StoredCase k);
    }

    CaseView change(String caseNumber, SimpleChange change, Caller caller) {
        return change(caseNumber, (c, k) -> change.apply(k), caller);
    }

    /**
     * Lock, check the caller may see the case, change, write, audit and emit in one transaction; the view returned is
     * what was committed.
     */
    CaseView change(String caseNumber, Change change, Caller caller) {
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

    /** An approval on a signed commitment (告知承诺) gets its post-approval check (事后核查), due in working days. */
    void scheduleCheck(Connection c, StoredCase k, String actor, String role) throws SQLException {
        if (!PostChecks.due(k)) {
            return;
        }
        PostApprovalCheck check = PostChecks.scheduled(k, calendar.addWorkingDays(k.decidedOn, config.get().postApprovalCheckDays()));
        PostCheckStore.open(c, check);
        k.details = k.details.withPostCheck(check);
        record(c, k, actor, role, f -> new CaseEvent.PostChecked(f, CaseEvent.PostChecked.Stage.SCHEDULED, "approved on the signed commitment (告知承诺) for "
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
    <T> T inTransaction(org.tongban.core.data.SqlWork<T> work) {
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
    static void created(StoredCase k) {
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
    void record(Connection c, StoredCase k, String actor, String role, Function<CaseFacts, CaseEvent> event) {
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
