package org.tongban.intake;

import org.tongban.core.security.Caller;
import java.util.List;
import java.util.Optional;

/**
 * One-window intake and the lifecycle of cases on this node. Every change is written with its audit record and its
 * outbox event in one transaction; a move the lifecycle does not allow throws {@link IllegalTransitionException}.
 * Every method is told its {@link Caller} and enforces who may see and change which case: a case out of the caller's
 * scope is not found, an action the caller's role or unit does not allow is forbidden.
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
    CaseView submit(Caller caller, Application application);

    /**
     * Adds materials (补正): a DEFICIENT case is checked again against the version it was submitted under; on an
     * accepted case it supplies tolerated materials.
     */
    CaseView supplement(Caller caller, String caseNumber, List<SubmittedMaterial> materials);

    /** Refuses a DEFICIENT case (不予受理), e.g. when the notice went unanswered; the reason is required. */
    CaseView refuse(Caller caller, String caseNumber, String reason);

    /**
     * The window's moves: ACCEPTED → RECEIVED (收件), RECEIVED → DISPATCHED (传送, one review step per department).
     * Other statuses are reached through review, completion and delivery.
     */
    CaseView transition(Caller caller, String caseNumber, CaseStatus to, String opinion);

    /**
     * Post-approval checks (事后核查) of approvals on a commitment, the earliest due first: in a status (all when null),
     * only those past their due date when {@code overdue}. Supervisors and ops see those of their division; reviewers
     * those of their departments.
     */
    List<PostApprovalCheck> postApprovalChecks(Caller caller, PostCheckStatus status, boolean overdue, int limit);

    /**
     * Records a case's post-approval check, by a reviewer of its lead department: passed, or failed with the finding
     * (required), which revokes the approval (REVOKED) with the finding as its reason.
     */
    CaseView recordPostCheck(Caller caller, String caseNumber, boolean passed, String finding);

    /** Cases whose current step waits for this department, the oldest promised date first. */
    List<ReviewTask> reviewQueue(Caller caller, String departmentCode, int limit);

    /**
     * A department decides its step. The case completes by the item's rule: one department decides alone; a joint
     * review is approved when all (or M of N) approve; a rejection (in a joint review: a veto) decides the case not
     * granted (不予许可) with its reasons (the opinion, required) and legal basis (the item's when none is given; one of
     * the two is required); a return sends it back to the window.
     */
    CaseView review(Caller caller, String caseNumber, String departmentCode, ReviewDecision decision, String opinion,
                    String legalBasis);

    /** {@link #review(Caller, String, String, ReviewDecision, String, String)} with the item's legal basis for a rejection. */
    default CaseView review(Caller caller, String caseNumber, String departmentCode, ReviewDecision decision, String opinion) {
        return review(caller, caseNumber, departmentCode, decision, opinion, null);
    }

    /** Starts a special procedure: the clock stops until {@link #resume}. */
    CaseView suspend(Caller caller, String caseNumber, SpecialProcedure procedure, String reason);

    /** Ends the running special procedure; the promised date moves by the working days it took. */
    CaseView resume(Caller caller, String caseNumber);

    /** Extends the time limit by working days (延期), within the limit the node allows. */
    CaseView extend(Caller caller, String caseNumber, int days, String reason);

    /** Records what a DECIDED case issued: the certificate or decision document, or the e-certificate. */
    CaseView complete(Caller caller, String caseNumber, CaseResult result);

    /** Hands the result over (出件): DECIDED → DELIVERED, once the result is recorded and nothing tolerated is owed. */
    CaseView deliver(Caller caller, String caseNumber, Delivery delivery);

    /** A case the caller may see (empty also when it exists out of the caller's scope). */
    Optional<CaseView> find(Caller caller, String caseNumber);

    /**
     * The stored scan of a case's material ({@link CaseMaterial#id()}), when the caller may see the case and the
     * material was handed in as a file stored on this node; every read is noted in the access log.
     */
    Optional<MaterialScan> scan(Caller caller, String caseNumber, int materialId);

    /** Cases in a status (all when null), the oldest promised date first: a queue for staff, an applicant's own applications. */
    List<CaseView> list(Caller caller, CaseStatus status, int limit);

    /** The applicant's own progress query: only when the query code on the receipt matches the case's. */
    Optional<CaseView> progress(String caseNumber, String queryCode);

    /** The case's timeline, when the caller may see the case (empty otherwise). */
    List<TimelineEntry> timeline(Caller caller, String caseNumber);

    /** Approvals for the public list (结果公示), the latest first; optionally of one item. */
    List<PublishedResult> publishedResults(String itemCode, int limit);
}
