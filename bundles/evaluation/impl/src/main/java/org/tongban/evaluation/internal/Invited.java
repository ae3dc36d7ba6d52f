package org.tongban.evaluation.internal;

import java.time.LocalDate;
import org.tongban.evaluation.Invitation;
import org.tongban.evaluation.InvitationStatus;

/**
 * An invitation row: the invitation plus where the case was handled, copied onto its evaluations. The division is the
 * case's ("" when it has none), so lists and figures scoped to divisions read evaluation's tables only.
 */
record Invited(String caseNumber, String code, String itemCode, String itemName, String departmentCode, String departmentName,
               String window, String clerk, LocalDate invitedOn, LocalDate expiresOn, InvitationStatus status,
               String divisionCode) {

    Invitation view() {
        return new Invitation(caseNumber, code, itemName, departmentName, window, invitedOn, expiresOn, status);
    }
}
