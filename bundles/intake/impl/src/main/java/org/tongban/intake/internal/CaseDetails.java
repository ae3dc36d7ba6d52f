package org.tongban.intake.internal;

import java.util.List;
import org.tongban.intake.CaseResult;
import org.tongban.intake.Delivery;
import org.tongban.intake.PostApprovalCheck;
import org.tongban.intake.RefusalDecision;

/**
 * The part of a case's state kept as JSON (column details): what no query filters on. {@code limitDays},
 * {@code extensionDays} and {@code suspendedDays} are the time budget the promised date is computed from;
 * {@code toleranceDays} the working days tolerated materials were given (0 in cases taken in before it was kept);
 * {@code refusalDecision} the reasons and legal basis of a decision not to grant; {@code commitmentRefused} that a
 * listed defaulter's signed commitment was not taken, {@code priorityRefused} that their green channel (绿色通道) was
 * not opened. Fields added later read as null
 * (or 0) from the cases stored before them.
 */
public record CaseDetails(List<String> replacedByCommitment, String decisionRule, String refusalReason, int limitDays,
                          int extensionDays, long suspendedDays, CaseResult result, Delivery delivery, int toleranceDays,
                          RefusalDecision refusalDecision, boolean commitmentRefused, PostApprovalCheck postCheck,
                          String refusalCode, boolean priorityRefused) {

    public static final CaseDetails EMPTY = new CaseDetails(List.of(), null, null, 0, 0, 0, null, null, 0, null, false, null, null, false);

    public CaseDetails {
        replacedByCommitment = replacedByCommitment == null ? List.of() : List.copyOf(replacedByCommitment);
    }

    /** The fields while one of them changes. */
    private static final class Draft {
        List<String> replacedByCommitment;
        String decisionRule;
        String refusalReason;
        int limitDays;
        int extensionDays;
        long suspendedDays;
        CaseResult result;
        Delivery delivery;
        int toleranceDays;
        RefusalDecision refusalDecision;
        boolean commitmentRefused;
        PostApprovalCheck postCheck;
        String refusalCode;
        boolean priorityRefused;

        CaseDetails done() {
            return new CaseDetails(replacedByCommitment, decisionRule, refusalReason, limitDays, extensionDays, suspendedDays, result,
                    delivery, toleranceDays, refusalDecision, commitmentRefused, postCheck, refusalCode, priorityRefused);
        }
    }

    private CaseDetails with(java.util.function.Consumer<Draft> change) {
        Draft d = new Draft();
        d.replacedByCommitment = replacedByCommitment;
        d.decisionRule = decisionRule;
        d.refusalReason = refusalReason;
        d.limitDays = limitDays;
        d.extensionDays = extensionDays;
        d.suspendedDays = suspendedDays;
        d.result = result;
        d.delivery = delivery;
        d.toleranceDays = toleranceDays;
        d.refusalDecision = refusalDecision;
        d.commitmentRefused = commitmentRefused;
        d.postCheck = postCheck;
        d.refusalCode = refusalCode;
        d.priorityRefused = priorityRefused;
        change.accept(d);
        return d.done();
    }

    CaseDetails withCommitment(List<String> replaced) {
        return with(d -> d.replacedByCommitment = replaced);
    }

    CaseDetails withRule(String rule) {
        return with(d -> d.decisionRule = rule);
    }

    CaseDetails withRefusal(String reason) {
        return with(d -> d.refusalReason = reason);
    }

    CaseDetails withLimit(int days) {
        return with(d -> d.limitDays = days);
    }

    CaseDetails withExtension(int days) {
        return with(d -> d.extensionDays += days);
    }

    CaseDetails withSuspended(long days) {
        return with(d -> d.suspendedDays += days);
    }

    CaseDetails withResult(CaseResult r) {
        return with(d -> d.result = r);
    }

    CaseDetails withToleranceDays(int days) {
        return with(d -> d.toleranceDays = days);
    }

    /** The budget's suspended days re-counted (a calendar year's data changed). */
    CaseDetails withSuspendedTotal(long days) {
        return with(d -> d.suspendedDays = days);
    }

    CaseDetails withDelivery(Delivery delivery) {
        return with(d -> d.delivery = delivery);
    }

    CaseDetails withRefusalDecision(RefusalDecision decision) {
        return with(d -> d.refusalDecision = decision);
    }

    /** 失信联合惩戒: the applicant's signed commitment was not taken at intake, and is not on supplements either. */
    CaseDetails withCommitmentRefused() {
        return with(d -> d.commitmentRefused = true);
    }

    /** 失信联合惩戒: the applicant's green channel (绿色通道) was not opened at intake; the case is queued as any other. */
    CaseDetails withPriorityRefused() {
        return with(d -> d.priorityRefused = true);
    }

    /** The post-approval check (事后核查) of an approval on a commitment, as scheduled or done. */
    CaseDetails withPostCheck(PostApprovalCheck check) {
        return with(d -> d.postCheck = check);
    }

    /** The message code of a refusal intake itself gave (its reason can be read in another language); null for a clerk's. */
    CaseDetails withRefusalCode(String code) {
        return with(d -> d.refusalCode = code);
    }
}
