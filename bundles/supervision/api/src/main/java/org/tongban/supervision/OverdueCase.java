package org.tongban.supervision;

import java.time.LocalDate;

/** An open case past its promised date, with the working days it is overdue. */
public record OverdueCase(String caseNumber, String itemName, String departmentCode, String departmentName, String status,
                          LocalDate promisedDate, long overdueWorkingDays) {
}
