package org.tongban.intake;

import java.time.LocalDate;

/**
 * A decision not to grant (不予行政许可决定): the reasons and the legal basis it rests on, the department that decided
 * (in a joint review, the one whose rejection vetoed it), the reviewer and the day. The applicant's notice of it also
 * tells them they may apply for administrative reconsideration or sue (Administrative Licensing Law art. 38).
 */
public record RefusalDecision(String reasons, String legalBasis, String departmentCode, String departmentName, String decidedBy,
                              LocalDate decidedOn) {
}
