package org.tongban.intake;

import java.util.List;
import java.util.Optional;

/**
 * One-window intake and the lifecycle of cases on this node. Every change is written with its audit record and its
 * outbox event in one transaction; a move the lifecycle does not allow throws {@link IllegalTransitionException}.
 */
public interface Intake {

    /** Online pre-review (预审): the intake check an application would get now, without creating a case. */
    IntakeCheck preReview(Application application);

    /**
     * Takes an application in: validates the applicant, flags a listed defaulter, checks the materials against the
     * item's current version and decides REFUSED (with the reason), DEFICIENT (listing everything missing at once),
     * ACCEPTED (case number and promised date, tolerated materials with a deadline), or for an instant item DECIDED
     * at once by the declared rule that decided.
     */
    CaseView submit(Application application, String actor, String role);

    /**
     * Adds materials (补正): a DEFICIENT case is checked again against the version it was submitted under; on an
     * accepted case it supplies tolerated materials.
     */
    CaseView supplement(String caseNumber, List<SubmittedMaterial> materials, String actor, String role);

    /** Refuses a DEFICIENT case (不予受理), e.g. when the notice went unanswered; the reason is required. */
    CaseView refuse(String caseNumber, String reason, String actor, String role);

    /**
     * The window's moves: ACCEPTED → RECEIVED (收件), RECEIVED → DISPATCHED (传送, one review step per department).
     * Other statuses are reached through review, completion and delivery.
     */
    CaseView transition(String caseNumber, CaseStatus to, String opinion, String actor, String role);

    /** Cases whose current step waits for this department, the oldest promised date first. */
    List<ReviewTask> reviewQueue(String departmentCode, int limit);

    /**
     * A department decides its step. The case completes by the item's rule: one department decides alone; a joint
     * review is approved when all (or M of N) approve, and a veto or a return sends it back to the window.
     */
    CaseView review(String caseNumber, String departmentCode, ReviewDecision decision, String opinion, String actor, String role);

    /** Starts a special procedure: the clock stops until {@link #resume}. */
    CaseView suspend(String caseNumber, SpecialProcedure procedure, String reason, String actor, String role);

    /** Ends the running special procedure; the promised date moves by the working days it took. */
    CaseView resume(String caseNumber, String actor, String role);

    /** Extends the time limit by working days (延期), within the limit the node allows. */
    CaseView extend(String caseNumber, int days, String reason, String actor, String role);

    /** Records what a DECIDED case issued: the certificate or decision document, or the e-certificate. */
    CaseView complete(String caseNumber, CaseResult result, String actor, String role);

    /** Hands the result over (出件): DECIDED → DELIVERED, once the result is recorded and nothing tolerated is owed. */
    CaseView deliver(String caseNumber, Delivery delivery, String actor, String role);

    Optional<CaseView> find(String caseNumber);

    /** Cases in a status (all when null), the oldest promised date first: a queue for clerks and reviewers. */
    List<CaseView> list(CaseStatus status, int limit);

    /** The applicant's own progress query: only when the ID number matches the case's applicant. */
    Optional<CaseView> progress(String caseNumber, String idNumber);

    List<TimelineEntry> timeline(String caseNumber);

    /** Approvals for the public list (结果公示), the latest first; optionally of one item. */
    List<PublishedResult> publishedResults(String itemCode, int limit);
}
