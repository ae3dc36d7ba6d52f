package org.tongban.intake;

import java.time.LocalDate;

/**
 * The post-approval check (事后核查) of a case approved on a signed commitment (告知承诺): the case, its item and lead
 * department (whose reviewers check), the hall's division, the working day it is due by, and once done who checked,
 * when and what they found (a failed check revokes the approval with the finding as its reason).
 */
public record PostApprovalCheck(String caseNumber, String itemCode, String itemName, String departmentCode, String divisionCode,
                                LocalDate dueOn, PostCheckStatus status, String checkedBy, LocalDate checkedOn, String finding) {
}
