package org.tongban.evaluation.internal;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.data.Changes;
import org.tongban.core.data.Transactions;
import org.tongban.core.fault.Fault;
import org.tongban.evaluation.Appeal;
import org.tongban.evaluation.AppealStatus;
import org.tongban.evaluation.Evaluation;

/**
 * Appeals (申诉) against bad reviews thought malicious or mistaken: filed by staff, decided by someone else; an upheld
 * appeal keeps the review on record but out of the figures, and voids its rectification task.
 */
final class Appeals {

    private final Transactions tx;
    private final Changes changes;
    private final TongbanClock clock;
    private final Rectifications rectifications;

    Appeals(Transactions tx, Changes changes, TongbanClock clock, Rectifications rectifications) {
        this.tx = tx;
        this.changes = changes;
        this.clock = clock;
        this.rectifications = rectifications;
    }

    Appeal file(long evaluationId, String reason, String actor, String role) {
        String why = Inputs.text(reason, "reason", "why the review is malicious or mistaken, with the evidence");
        return changes.apply(ch -> {
            Connection c = ch.sql();
            if (!ReviewStore.lock(c, evaluationId)) {
                throw Fault.notFound("no evaluation " + evaluationId);
            }
            Evaluation e = ReviewStore.evaluation(c, evaluationId).orElseThrow(() -> Fault.notFound("no evaluation " + evaluationId));
            if (!e.level().bad()) {
                throw Fault.conflict("evaluation " + evaluationId + " is " + e.level().label()
                        + ": appeals are against bad reviews");
            }
            for (Appeal a : AppealStore.ofEvaluation(c, evaluationId)) {
                if (a.status() != AppealStatus.REJECTED) {
                    throw Fault.conflict("evaluation " + evaluationId + " already has appeal " + a.id() + " (" + a.status() + ")");
                }
            }
            Instant now = clock.now();
            Appeal draft = new Appeal(0, evaluationId, e.caseNumber(), why, actor, now, AppealStatus.PENDING, null, null, null);
            long id = AppealStore.insert(c, draft);
            CaseRecords.record(ch, e.caseNumber(), "evaluation.appeal.filed", actor, role, "appeal " + id + " against evaluation "
                    + evaluationId + ": " + why, Map.of("appealId", id, "evaluationId", evaluationId, "reason", why));
            return AppealStore.appeal(c, id).orElseThrow();
        });
    }

    Appeal decide(long appealId, boolean uphold, String decision, String actor, String role) {
        String text = Inputs.text(decision, "decision", "the reasons of the review step");
        LocalDate today = clock.today();
        return changes.apply(ch -> {
            Connection c = ch.sql();
            Appeal a = AppealStore.appeal(c, appealId).orElseThrow(() -> Fault.notFound("no appeal " + appealId));
            if (a.filedBy().equals(actor)) {
                throw Fault.conflict("appeal " + appealId + " was filed by " + actor + ": someone else reviews it");
            }
            AppealStatus status = uphold ? AppealStatus.UPHELD : AppealStatus.REJECTED;
            if (!AppealStore.decide(c, appealId, status, text, actor, clock.now().toEpochMilli())) {
                throw Fault.conflict("appeal " + appealId + " was decided already (" + a.status() + ")");
            }
            if (uphold) {
                // The review stays on record; it no longer counts, and its rectification is void.
                ReviewStore.exclude(c, a.evaluationId());
                rectifications.voidOf(ch, a.evaluationId(), today, actor, "appeal " + appealId + " upheld");
            }
            CaseRecords.record(ch, a.caseNumber(), "evaluation.appeal." + status.name().toLowerCase(), actor, role,
                    "appeal " + appealId + " " + status + ": " + text,
                    Map.of("appealId", appealId, "evaluationId", a.evaluationId(), "status", status.name(), "decision", text));
            return AppealStore.appeal(c, appealId).orElseThrow();
        });
    }

    List<Appeal> list(AppealStatus status, int limit) {
        return tx.read(c -> AppealStore.list(c, status, Inputs.limit(limit)));
    }

    Optional<Appeal> find(long appealId) {
        return tx.read(c -> AppealStore.appeal(c, appealId));
    }
}
