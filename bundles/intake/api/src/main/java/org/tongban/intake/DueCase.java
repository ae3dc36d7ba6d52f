package org.tongban.intake;

import java.time.LocalDate;

/** An open case with the date it is promised by: what a deadline supervisor judges and shows of it. */
public record DueCase(String caseNumber, String itemName, String divisionCode, String departmentCode, String departmentName,
                      CaseStatus status, LocalDate promisedDate) {
}
