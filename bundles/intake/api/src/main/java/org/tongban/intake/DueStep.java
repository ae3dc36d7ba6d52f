package org.tongban.intake;

import java.time.LocalDate;

/** A department's pending review step of an open case, due on the case's promised date. */
public record DueStep(String caseNumber, String divisionCode, String departmentCode, String departmentName,
                      LocalDate promisedDate) {
}
