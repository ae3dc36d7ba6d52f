package org.tongban.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A case as clerks and reviewers see it: the item version it is pinned to, its status, the applicant (ID masked),
 * the acceptance receipt's dates and the time budget behind the promised date, what the intake check found missing
 * (the one-time deficiency notice) or tolerated with a deadline (容缺), the proofs replaced by a signed commitment,
 * the credit flag, how it was decided (the rule of an instant item, the outcome) or why it was refused, the result and
 * its delivery. Queues and lists leave the sub-records (review steps, suspensions, extensions) empty.
 * {@code datesProvisional}: the promised date (and tolerance deadline) were computed over a year whose official
 * calendar is not loaded yet; they are recomputed when it is. {@code queryCode}: printed on the receipt, what the
 * applicant's progress query asks for with the case number (shown only to whoever may see the case).
 * {@code form}: the one form (一表) as submitted, ID numbers and phone numbers in it masked as {@code applicantIdMasked}
 * is; {@code materials}: what was handed in, with the e-certificate references and the scans stored here. Both are
 * shown on a single case to whoever may see it, and left empty in queues, lists and the public progress query.
 * {@code refusalDecision}: the reasons and legal basis of a decision not to grant (不予许可), when the case was refused so.
 * {@code commitmentRefusal}: why a signed commitment (告知承诺) was not taken (a listed judgment defaulter, 失信联合惩戒),
 * so the ordinary checklist applied; null when it was taken or none was signed. {@code postApprovalCheck}: the
 * check (事后核查) of an approval on a commitment, due, passed, or failed (the case is then REVOKED). {@code notices}:
 * what the applicant is told of the case now (deficiency notice, refusal, decision, revocation…), from intake's
 * message bundle; these, the refusal reason and the commitment refusal are Chinese unless staff ask for English.
 */
public record CaseView(String caseNumber, String itemCode, int itemVersion, String itemName, CaseStatus status,
                       String applicantName, String applicantIdMasked, Channel channel, LocalDate acceptedOn,
                       LocalDate promisedDate, TimeBudget timeBudget, List<String> missingMaterials,
                       List<String> toleratedMaterials, LocalDate toleranceDue, List<String> replacedByCommitment,
                       String creditFlag, CaseOutcome outcome, String decisionRule, LocalDate decidedOn,
                       String refusalReason, CaseResult result, Delivery delivery, List<ReviewStep> reviewSteps,
                       List<Suspension> suspensions, List<Extension> extensions, Instant createdAt, Instant updatedAt,
                       boolean datesProvisional, String queryCode, Map<String, Object> form, List<CaseMaterial> materials,
                       RefusalDecision refusalDecision, String commitmentRefusal, PostApprovalCheck postApprovalCheck,
                       List<Notice> notices) {

    public CaseView {
        missingMaterials = List.copyOf(missingMaterials);
        toleratedMaterials = List.copyOf(toleratedMaterials);
        replacedByCommitment = List.copyOf(replacedByCommitment);
        reviewSteps = List.copyOf(reviewSteps);
        suspensions = List.copyOf(suspensions);
        extensions = List.copyOf(extensions);
        form = form == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(form));
        materials = materials == null ? List.of() : List.copyOf(materials);
        notices = notices == null ? List.of() : List.copyOf(notices);
    }
}
