package org.tongban.evaluation.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.data.Change;
import org.tongban.core.data.Changes;
import org.tongban.core.data.Transactions;
import org.tongban.core.fault.Fault;
import org.tongban.core.text.Text;
import org.tongban.evaluation.Evaluation;
import org.tongban.evaluation.Rectification;
import org.tongban.evaluation.RectificationAnswer;
import org.tongban.evaluation.RectificationStatus;
import org.tongban.evaluation.RectificationStep;
import org.tongban.evaluation.Satisfaction;
import org.tongban.supervision.Card;
import org.tongban.supervision.Supervision;

/**
 * Rectification of bad reviews (差评整改): a bad review opens a task for its department, which verifies, rectifies,
 * answers the applicant and calls back before closing it; the applicant rates the answer; supervision escalates a task
 * running late. {@link EvaluationRules} says which step may follow which.
 */
final class Rectifications {

    private static final Logger LOG = LoggerFactory.getLogger(Rectifications.class);
    private final Transactions tx;
    private final Changes changes;
    private final WorkingDayCalendar calendar;
    private final TongbanClock clock;
    private final Supervision supervision;
    private final IntSupplier rectificationDays;

    Rectifications(Transactions tx, Changes changes, WorkingDayCalendar calendar, TongbanClock clock, Supervision supervision,
                   IntSupplier rectificationDays) {
        this.tx = tx;
        this.changes = changes;
        this.calendar = calendar;
        this.clock = clock;
        this.supervision = supervision;
        this.rectificationDays = rectificationDays;
    }

    /** The subject supervision knows a rectification task by. */
    static String subject(long rectificationId) {
        return "rectification:" + rectificationId;
    }

    /** Opens the task of a bad review as part of the review's change. */
    long open(Change ch, Evaluation e, LocalDate today, Instant now) throws SQLException {
        int days = rectificationDays.getAsInt();
        LocalDate due = EvaluationRules.rectificationDue(calendar, today, days);
        boolean provisional = calendar.provisionalBetween(today, due);
        Rectification r = new Rectification(0, e.id(), e.caseNumber(), e.departmentCode(), e.departmentName(), e.named(),
                RectificationStatus.OPEN, today, due, null, null, null, null, null, null, null, provisional);
        long rid = RectificationStore.insert(ch.sql(), r, days, now.toEpochMilli());
        CaseRecords.record(ch, e.caseNumber(), "evaluation.rectification.opened", "evaluation", "node",
                "bad review " + e.id() + ": rectification " + rid + " for " + e.departmentName() + ", due " + due
                        + (provisional ? " (provisional)" : ""),
                Map.of("rectificationId", rid, "evaluationId", e.id(), "departmentCode", String.valueOf(e.departmentCode()),
                        "dueDate", due.toString(), "named", e.named(), "dueProvisional", provisional));
        LOG.info("bad review of case {} ({}): rectification {} for {} due {}", e.caseNumber(), e.level().label(), rid,
                e.departmentName(), due);
        return rid;
    }

    List<Rectification> list(RectificationStatus status, String departmentCode, int limit) {
        return tx.read(c -> RectificationStore.list(c, status, Inputs.upper(departmentCode), Inputs.limit(limit)));
    }

    Optional<Rectification> find(long id) {
        return tx.read(c -> RectificationStore.rectification(c, id));
    }

    /** The department records a step; the task moves on as {@link EvaluationRules#after} says. */
    Rectification record(long id, RectificationStep step, String text, String actor, String role) {
        if (step == null) {
            throw Fault.invalid("step is one of " + Text.values(RectificationStep.class));
        }
        String t = Inputs.text(text, "text", "what was " + switch (step) {
            case VERIFY -> "found on verification (核实)";
            case RECTIFY -> "done to put it right (整改)";
            case ANSWER -> "answered to the applicant (反馈)";
            case CALL_BACK -> "said on the call-back (回访): who, when, what the applicant said";
        });
        return changes.apply(ch -> {
            Connection c = ch.sql();
            Rectification r = locked(c, id);
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
            RectificationStore.update(c, changed, clock.now().toEpochMilli());
            CaseRecords.record(ch, r.caseNumber(), "evaluation.rectification." + step.name().toLowerCase().replace('_', '-'), actor, role,
                    "rectification " + id + ": " + t, Map.of("rectificationId", id, "step", step.name(), "text", t,
                            "status", next.name()));
            return changed;
        });
    }

    Rectification close(long id, String actor, String role) {
        LocalDate today = clock.today();
        return changes.apply(ch -> {
            Rectification r = locked(ch.sql(), id);
            Optional<String> why = EvaluationRules.whyNotClosable(r.status(), r.named(), r.callBack() != null);
            if (why.isPresent()) {
                throw Fault.conflict("rectification " + id + ": " + why.get());
            }
            Rectification closed = finish(ch, r, RectificationStatus.CLOSED, today, actor, "rectification closed");
            CaseRecords.record(ch, r.caseNumber(), "evaluation.rectification.closed", actor, role, "rectification " + id + " closed"
                    + (today.isAfter(r.dueDate()) ? " after its due date " + r.dueDate() : " in time"),
                    Map.of("rectificationId", id, "closedOn", today.toString(), "dueDate", r.dueDate().toString()));
            return closed;
        });
    }

    /** An upheld appeal voids the review's task, if it is not done yet, as part of the appeal's change. */
    void voidOf(Change ch, long evaluationId, LocalDate today, String actor, String why) throws SQLException {
        Optional<Rectification> task = RectificationStore.ofEvaluation(ch.sql(), evaluationId);
        if (task.isPresent() && !task.get().status().done()) {
            finish(ch, RectificationStore.lock(ch.sql(), task.get().id()).orElseThrow(), RectificationStatus.VOID, today, actor, why);
        }
    }

    private Rectification finish(Change ch, Rectification r, RectificationStatus status, LocalDate today, String actor,
                                 String why) throws SQLException {
        Rectification done = new Rectification(r.id(), r.evaluationId(), r.caseNumber(), r.departmentCode(), r.departmentName(),
                r.named(), status, r.openedOn(), r.dueDate(), r.verification(), r.measures(), r.answer(), r.callBack(),
                r.applicantRating(), today, actor, r.dueProvisional());
        RectificationStore.update(ch.sql(), done, clock.now().toEpochMilli());
        supervision.closeEscalations(ch, subject(r.id()), why);
        return done;
    }

    /** The applicant's view of the task of their latest bad review, through their invitation code. */
    Optional<RectificationAnswer> answer(String code) {
        String k = InvitationCodes.normalise(code);
        return tx.read(c -> RectificationStore.latestByCode(c, k)).map(ApplicantView::of);
    }

    RectificationAnswer rate(String code, Satisfaction rating) {
        if (rating == null) {
            throw Fault.invalid("rating is one of " + Text.values(Satisfaction.class));
        }
        return changes.apply(ch -> {
            Connection c = ch.sql();
            Invited i = Invitations.locked(c, code);
            // The task the applicant answers to: that of the latest bad review (a bad follow-up opens a second one).
            Rectification latest = RectificationStore.ofCase(c, i.caseNumber()).stream().findFirst()
                    .orElseThrow(() -> Fault.conflict("case " + i.caseNumber() + " has no rectification to rate"));
            Rectification r = RectificationStore.lock(c, latest.id()).orElseThrow();
            Optional<String> why = EvaluationRules.whyNoRating(r.status(), r.applicantRating());
            if (why.isPresent()) {
                throw Fault.conflict("rectification " + r.id() + ": " + why.get());
            }
            Rectification rated = new Rectification(r.id(), r.evaluationId(), r.caseNumber(), r.departmentCode(), r.departmentName(),
                    r.named(), r.status(), r.openedOn(), r.dueDate(), r.verification(), r.measures(), r.answer(), r.callBack(),
                    rating, r.closedOn(), r.closedBy(), r.dueProvisional());
            RectificationStore.update(c, rated, clock.now().toEpochMilli());
            CaseRecords.record(ch, r.caseNumber(), "evaluation.rectification.rated", "applicant", "applicant",
                    "the applicant rated the answer " + rating.label(), Map.of("rectificationId", r.id(), "rating", rating.name()));
            return ApplicantView.of(rated);
        });
    }

    /**
     * The sweep's part: the cards supervision issues today for the tasks due within ten working days, in one change
     * (supervision tells the departments once it has committed).
     */
    List<Card> escalate(LocalDate today) {
        return changes.apply(ch -> {
            List<Card> issued = new ArrayList<>();
            // Supervision decides by its thresholds which warning or card each task's due date calls for today.
            for (Rectification r : RectificationStore.undone(ch.sql(), calendar.addWorkingDays(today, 10))) {
                issued.addAll(supervision.escalate(ch, subject(r.id()), r.departmentCode(), r.departmentName(), r.dueDate()));
            }
            return issued;
        });
    }

    private static Rectification locked(Connection c, long id) throws SQLException {
        return RectificationStore.lock(c, id).orElseThrow(() -> Fault.notFound("no rectification " + id));
    }
}
