package org.tongban.intake.internal;

import org.tongban.core.fault.Fault;
import java.time.LocalDate;
import org.tongban.intake.CaseOutcome;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.PostApprovalCheck;
import org.tongban.intake.PostCheckStatus;

/**
 * 告知承诺 and its post-approval check (事后核查): which decided cases get one, and what recording its result does to
 * the check. Pure logic.
 */
final class PostChecks {

    private PostChecks() {
    }

    /** An approval that a signed commitment stood in proofs for is checked afterwards. */
    static boolean due(StoredCase k) {
        return k.status == CaseStatus.DECIDED && k.outcome == CaseOutcome.APPROVED && !k.details.replacedByCommitment().isEmpty()
                && k.details.postCheck() == null;
    }

    static PostApprovalCheck scheduled(StoredCase k, LocalDate dueOn) {
        return new PostApprovalCheck(k.caseNumber, k.itemCode, k.itemName, k.departmentCode, k.divisionCode, dueOn, PostCheckStatus.OPEN,
                null, null, null);
    }

    /** The check done: passed, or failed with its finding (required: it is the revocation's reason). */
    static PostApprovalCheck done(StoredCase k, boolean passed, String finding, String by, LocalDate on) {
        PostApprovalCheck open = k.details.postCheck();
        if (open == null || open.status() != PostCheckStatus.OPEN) {
            throw Fault.conflict("case " + k.caseNumber + (open == null ? " has no post-approval check (it was not approved on a"
                    + " commitment)" : " was checked already: " + open.status()));
        }
        String text = finding == null || finding.isBlank() ? null : finding.trim();
        if (!passed && text == null) {
            throw Fault.invalid("finding is required: a failed check revokes the approval and states why");
        }
        if (text != null && text.length() > 2000) {
            throw Fault.invalid("finding is at most 2000 characters");
        }
        return new PostApprovalCheck(open.caseNumber(), open.itemCode(), open.itemName(), open.departmentCode(), open.divisionCode(),
                open.dueOn(), passed ? PostCheckStatus.PASSED : PostCheckStatus.FAILED, by, on, text);
    }
}
