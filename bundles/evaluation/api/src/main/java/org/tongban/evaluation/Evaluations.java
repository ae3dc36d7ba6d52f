package org.tongban.evaluation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * 好差评 on this node. Every change is written with its audit record and its outbox event (so sync carries it up) in
 * one transaction; a move the rules do not allow is refused with a reason, and nothing is ever deleted.
 */
public interface Evaluations {

    /** The invitation of a finished (DECIDED or DELIVERED) case, made on first request: idempotent. */
    Invitation invite(String caseNumber, String actor, String role);

    Optional<Invitation> invitation(String code);

    /** The applicant's self-service look-up: the invitation of their case, only with the query code of its receipt. */
    Optional<Invitation> invitationFor(String caseNumber, String queryCode);

    /** The applicant's evaluation through the invitation: one per case. A bad one opens a rectification task. */
    Evaluation evaluate(String code, Review review);

    /** The one follow-up evaluation (追评), which then counts for the case. */
    Evaluation followUp(String code, Review review);

    Optional<Evaluation> find(long id);

    /** Evaluations, the newest first; every filter is optional (null). */
    List<Evaluation> list(String caseNumber, String departmentCode, Satisfaction level, LocalDate from, LocalDate to, int limit);

    /** Rectification tasks, the earliest due first; filters optional. */
    List<Rectification> rectifications(RectificationStatus status, String departmentCode, int limit);

    Optional<Rectification> rectification(long id);

    /** The department records a step (verification, measures, the answer to the applicant, the call-back). */
    Rectification record(long rectificationId, RectificationStep step, String text, String actor, String role);

    /** Closes an answered task; a named review needs its call-back first. */
    Rectification close(long rectificationId, String actor, String role);

    /** The applicant rates the answer to their bad review, through the case's invitation code. */
    Rectification rateRectification(String code, Satisfaction rating);

    /** Files an appeal against a malicious or mistaken review; one open appeal per evaluation. */
    Appeal appeal(long evaluationId, String reason, String actor, String role);

    /** The appeal's review step: upheld takes the review out of the statistics and voids its rectification. */
    Appeal decideAppeal(long appealId, boolean uphold, String decision, String actor, String role);

    List<Appeal> appeals(AppealStatus status, int limit);

    Statistics statistics(Dimension dimension, LocalDate from, LocalDate to);

    /** Windows ranked by satisfaction rate, best first, the configured number of last places marked. */
    Statistics windowRanking(LocalDate from, LocalDate to);

    /** Month by month, optionally of one group (dimension and key both given). */
    List<TrendPoint> trend(YearMonth from, YearMonth to, Dimension dimension, String key);

    /** Invites finished cases, records default ratings, escalates overdue rectifications. Scheduled; safe to repeat. */
    SweepReport sweep();
}
