package org.tongban.evaluation.internal;

import java.time.LocalDate;
import org.tongban.evaluation.Invitation;
import org.tongban.evaluation.InvitationStatus;

/** An invitation row: the invitation plus where the case was handled, copied onto its evaluations. */
record Invited(String caseNumber, String code, String itemCode, String itemName, String departmentCode, String departmentName,
               String window, String clerk, LocalDate invitedOn, LocalDate expiresOn, InvitationStatus status) {

    Invitation view() {
        return new Invitation(caseNumber, code, itemName, departmentName, window, invitedOn, expiresOn, status);
    }
}
