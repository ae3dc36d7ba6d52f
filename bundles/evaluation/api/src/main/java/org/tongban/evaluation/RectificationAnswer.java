package org.tongban.evaluation;

import java.time.LocalDate;

/**
 * A rectification task as the applicant who gave the bad review sees it, through the invitation code: its state, the
 * department's answer (反馈) once given, and whether the answer may be rated now. Nothing of the department's inner
 * work (verification, measures, call-back notes, who closed it) and no ID or mobile number in the answer's text.
 */
public record RectificationAnswer(RectificationStatus status, String departmentName, LocalDate openedOn, LocalDate dueDate,
                                  String answer, Satisfaction applicantRating, boolean ratable) {
}
