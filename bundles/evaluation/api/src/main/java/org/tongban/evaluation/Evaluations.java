package org.tongban.evaluation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.tongban.core.security.Caller;

/**
 * 好差评 on this node. Every change is written with its audit record and its outbox event (so sync carries it up) in
 * one transaction; a move the rules do not allow is refused with a reason, and nothing is ever deleted. Staff methods
 * take the {@link Caller}: a reviewer reads and answers only their departments' reviews and tasks, a clerk reads their
 * window's reviews and those rating them, and only supervisors and ops see which case an anonymous review is about.
 * A record out of the caller's scope is not found; an action their role may not take is forbidden.
 */
public interface Evaluations {

    /**
     * The invitation of a finished (DECIDED or DELIVERED) case, made on first request: idempotent. Its code is given only
     * to the hall tablet (role tablet), which puts the form in front of the applicant; staff get the invitation without it.
     */
    Invitation invite(Caller caller, String caseNumber);

    Optional<Invitation> invitation(String code);

    /** The applicant's self-service look-up: the invitation of their case, only with the query code of its receipt. */
    Optional<Invitation> invitationFor(String caseNumber, String queryCode);

    /** The applicant's evaluation through the invitation: one per case. A bad one opens a rectification task. */
    Evaluation evaluate(String code, Review review);

    /** The one follow-up evaluation (追评), which then counts for the case. */
    Evaluation followUp(String code, Review review);

    Optional<Evaluation> find(Caller caller, long id);

    /** Evaluations, the newest first; every filter is optional (null). */
    List<Evaluation> list(Caller caller, String caseNumber, String departmentCode, Satisfaction level, LocalDate from, LocalDate to, int limit);

    /** Rectification tasks, the earliest due first; filters optional. */
    List<Rectification> rectifications(Caller caller, RectificationStatus status, String departmentCode, int limit);

    Optional<Rectification> rectification(Caller caller, long id);

    /** The department records a step (verification, measures, the answer to the applicant, the call-back). */
    Rectification record(Caller caller, long rectificationId, RectificationStep step, String text);

    /** Closes an answered task; a named review needs its call-back first. */
    Rectification close(Caller caller, long rectificationId);

    /**
     * The applicant's view of the rectification of their bad review (the latest, after a bad follow-up), through the
     * case's invitation code: empty when the code is unknown or the case has no rectification task.
     */
    Optional<RectificationAnswer> rectificationAnswer(String code);

    /** The applicant rates the answer to their bad review, through the case's invitation code; answered as they see it. */
    RectificationAnswer rateRectification(String code, Satisfaction rating);

    /** Files an appeal against a malicious or mistaken review; one open appeal per evaluation. */
    Appeal appeal(Caller caller, long evaluationId, String reason);

    /** The appeal's review step: upheld takes the review out of the statistics and voids its rectification. */
    Appeal decideAppeal(Caller caller, long appealId, boolean uphold, String decision);

    List<Appeal> appeals(Caller caller, AppealStatus status, int limit);

    /** One appeal, for those who read the appeals (a supervisor or ops of the whole node); empty when there is none. */
    Optional<Appeal> findAppeal(Caller caller, long appealId);

    /** Satisfaction per group; a supervisor of some of this node's divisions counts only their divisions' cases. */
    Statistics statistics(Caller caller, Dimension dimension, LocalDate from, LocalDate to);

    /**
     * The groups of a dimension ranked by satisfaction rate, best first, equal rates sharing a rank; the configured
     * number of last places marked. Evaluations without a group and groups without a rate are listed unranked.
     */
    Statistics ranking(Caller caller, Dimension dimension, LocalDate from, LocalDate to);

    /** Month by month, optionally of one group (dimension and key both given). */
    List<TrendPoint> trend(Caller caller, YearMonth from, YearMonth to, Dimension dimension, String key);

    /** Invites finished cases, records default ratings, escalates overdue rectifications. Scheduled; safe to repeat. */
    SweepReport sweep();
}
