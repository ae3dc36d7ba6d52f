package org.tongban.intake.internal;

import java.util.List;
import org.tongban.intake.CaseResult;
import org.tongban.intake.Delivery;

/**
 * The part of a case's state kept as JSON (column details): what no query filters on. {@code limitDays},
 * {@code extensionDays} and {@code suspendedDays} are the time budget the promised date is computed from;
 * {@code toleranceDays} the working days tolerated materials were given (0 in cases taken in before it was kept).
 */
public record CaseDetails(List<String> replacedByCommitment, String decisionRule, String refusalReason, int limitDays,
                          int extensionDays, long suspendedDays, CaseResult result, Delivery delivery, int toleranceDays) {

    public static final CaseDetails EMPTY = new CaseDetails(List.of(), null, null, 0, 0, 0, null, null, 0);

    public CaseDetails {
        replacedByCommitment = replacedByCommitment == null ? List.of() : List.copyOf(replacedByCommitment);
    }

    CaseDetails withCommitment(List<String> replaced) {
        return new CaseDetails(replaced, decisionRule, refusalReason, limitDays, extensionDays, suspendedDays, result, delivery, toleranceDays);
    }

    CaseDetails withRule(String rule) {
        return new CaseDetails(replacedByCommitment, rule, refusalReason, limitDays, extensionDays, suspendedDays, result, delivery, toleranceDays);
    }

    CaseDetails withRefusal(String reason) {
        return new CaseDetails(replacedByCommitment, decisionRule, reason, limitDays, extensionDays, suspendedDays, result, delivery, toleranceDays);
    }

    CaseDetails withLimit(int days) {
        return new CaseDetails(replacedByCommitment, decisionRule, refusalReason, days, extensionDays, suspendedDays, result, delivery, toleranceDays);
    }

    CaseDetails withExtension(int days) {
        return new CaseDetails(replacedByCommitment, decisionRule, refusalReason, limitDays, extensionDays + days, suspendedDays,
                result, delivery, toleranceDays);
    }

    CaseDetails withSuspended(long days) {
        return new CaseDetails(replacedByCommitment, decisionRule, refusalReason, limitDays, extensionDays, suspendedDays + days,
                result, delivery, toleranceDays);
    }

    CaseDetails withResult(CaseResult r) {
        return new CaseDetails(replacedByCommitment, decisionRule, refusalReason, limitDays, extensionDays, suspendedDays, r, delivery, toleranceDays);
    }

    CaseDetails withToleranceDays(int days) {
        return new CaseDetails(replacedByCommitment, decisionRule, refusalReason, limitDays, extensionDays, suspendedDays, result,
                delivery, days);
    }

    /** The budget's suspended days re-counted (a calendar year's data changed). */
    CaseDetails withSuspendedTotal(long days) {
        return new CaseDetails(replacedByCommitment, decisionRule, refusalReason, limitDays, extensionDays, days, result, delivery,
                toleranceDays);
    }

    CaseDetails withDelivery(Delivery d) {
        return new CaseDetails(replacedByCommitment, decisionRule, refusalReason, limitDays, extensionDays, suspendedDays, result, d, toleranceDays);
    }
}
