package org.tongban.evaluation;

import java.time.LocalDate;

/**
 * The rectification task a bad review opens for the responsible department, due a number of working days after it
 * opened. A named review cannot close without a call-back record; the applicant may rate the answer.
 * {@code dueProvisional}: the due date was counted over a calendar year whose official file is not loaded yet.
 */
public record Rectification(long id, long evaluationId, String caseNumber, String departmentCode, String departmentName,
                            boolean named, RectificationStatus status, LocalDate openedOn, LocalDate dueDate,
                            String verification, String measures, String answer, String callBack,
                            Satisfaction applicantRating, LocalDate closedOn, String closedBy, boolean dueProvisional) {
}
