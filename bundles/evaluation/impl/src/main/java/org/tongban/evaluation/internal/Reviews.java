package org.tongban.evaluation.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.data.Change;
import org.tongban.core.data.Changes;
import org.tongban.core.data.Transactions;
import org.tongban.core.fault.Fault;
import org.tongban.evaluation.Evaluation;
import org.tongban.evaluation.EvaluationChannel;
import org.tongban.evaluation.InvitationStatus;
import org.tongban.evaluation.Review;
import org.tongban.evaluation.Satisfaction;

/**
 * Evaluations (评价): the applicant's one evaluation of an invited case and one follow-up (追评) that then counts,
 * or 基本满意 by default once the period runs out. A bad one opens its rectification task in the same change.
 */
final class Reviews {

    private final Transactions tx;
    private final Changes changes;
    private final TongbanClock clock;
    private final Rectifications rectifications;
    private final String nodeId;
    private final Supplier<Set<String>> indicators;

    Reviews(Transactions tx, Changes changes, TongbanClock clock, Rectifications rectifications, String nodeId,
            Supplier<Set<String>> indicators) {
        this.tx = tx;
        this.changes = changes;
        this.clock = clock;
        this.rectifications = rectifications;
        this.nodeId = nodeId;
        this.indicators = indicators;
    }

    Evaluation evaluate(String code, Review review) {
        Review r = valid(review);
        return changes.apply(ch -> {
            Connection c = ch.sql();
            Invited i = Invitations.locked(c, code);
            if (ReviewStore.evaluationOf(c, i.caseNumber(), false).isPresent()) {
                throw Fault.conflict(i.status() == InvitationStatus.DEFAULTED
                        ? "the period ended on " + i.expiresOn() + " and 基本满意 was recorded by default;"
                        + " a follow-up evaluation (追评) is still open: POST …/follow-up"
                        : "case " + i.caseNumber() + " has been evaluated; one follow-up evaluation (追评) is open: POST …/follow-up");
            }
            Evaluation e = store(ch, i, r.level(), r.channel(), r.scores(), r.comment(), !r.anonymous(), false, "applicant");
            InvitationStore.setStatus(c, i.caseNumber(), InvitationStatus.OPEN, InvitationStatus.EVALUATED);
            return e;
        });
    }

    Evaluation followUp(String code, Review review) {
        Review r = valid(review);
        return changes.apply(ch -> {
            Connection c = ch.sql();
            Invited i = Invitations.locked(c, code);
            Evaluation first = ReviewStore.evaluationOf(c, i.caseNumber(), false).orElseThrow(() -> Fault.conflict(
                    "case " + i.caseNumber() + " has no evaluation yet: evaluate first, a follow-up comes after"));
            if (ReviewStore.evaluationOf(c, i.caseNumber(), true).isPresent()) {
                throw Fault.conflict("case " + i.caseNumber() + " has had its one follow-up evaluation");
            }
            ReviewStore.supersede(c, first.id());
            return store(ch, i, r.level(), r.channel(), r.scores(), r.comment(), !r.anonymous(), true, "applicant");
        });
    }

    /** The sweep's part: records 基本满意 for each open invitation whose period ended before today. */
    int defaultExpired(LocalDate today) {
        return changes.apply(ch -> {
            Connection c = ch.sql();
            int n = 0;
            for (Invited i : InvitationStore.expired(c, today, Invitations.BATCH)) {
                // The status update is the claim: an applicant evaluating at this moment either wins it or is refused.
                if (InvitationStore.setStatus(c, i.caseNumber(), InvitationStatus.OPEN, InvitationStatus.DEFAULTED)
                        && ReviewStore.evaluationOf(c, i.caseNumber(), false).isEmpty()) {
                    store(ch, i, Satisfaction.BASIC, EvaluationChannel.SYSTEM_DEFAULT, Map.of(), null, false, false, "system");
                    n++;
                }
            }
            return n;
        });
    }

    Optional<Evaluation> find(long id) {
        return tx.read(c -> ReviewStore.evaluation(c, id));
    }

    /** Evaluations, the newest first; with a division prefix only those of the cases of those divisions. */
    List<Evaluation> list(String caseNumber, String departmentCode, Satisfaction level, LocalDate from, LocalDate to, int limit,
                          String divisionPrefix) {
        return tx.read(c -> ReviewStore.list(c, Inputs.blankToNull(caseNumber), Inputs.upper(departmentCode), level, from, to,
                Inputs.limit(limit), divisionPrefix));
    }

    /** Stores an evaluation with its audit record and event; a bad one opens its rectification task. */
    private Evaluation store(Change ch, Invited i, Satisfaction level, EvaluationChannel channel, Map<String, Integer> scores,
                             String comment, boolean named, boolean followUp, String actor) throws SQLException {
        LocalDate today = clock.today();
        Instant now = clock.now();
        Evaluation draft = new Evaluation(0, i.caseNumber(), followUp, level, channel, scores, comment, named, i.itemCode(),
                i.itemName(), i.departmentCode(), i.departmentName(), i.window(), i.clerk(), nodeId, today, now, false, null);
        long id = ReviewStore.insert(ch.sql(), draft, i.divisionCode());
        Evaluation e = ReviewStore.evaluation(ch.sql(), id).orElseThrow();
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
        CaseRecords.record(ch, e.caseNumber(), followUp ? "evaluation.follow-up" : "evaluation.recorded", actor, "applicant",
                level.label() + " via " + channel + (followUp ? " (追评)" : ""), payload);
        if (level.bad()) {
            rectifications.open(ch, e, today, now);
        }
        return e;
    }

    private Review valid(Review review) {
        List<String> faults = EvaluationRules.problems(review, indicators.get());
        if (!faults.isEmpty()) {
            throw Fault.invalid("the evaluation has " + faults.size() + " fault(s)", faults);
        }
        return review;
    }
}
