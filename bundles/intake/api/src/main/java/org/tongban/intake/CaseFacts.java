package org.tongban.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * A case as it stands right after one change, the snapshot every {@link CaseEvent} carries: what upper levels, the
 * provincial hub and the point a case began at record of it. The applicant's ID number is masked as every list shows it.
 */
public record CaseFacts(String caseNumber, CaseStatus status, String itemCode, int itemVersion, String itemName,
                        String departmentCode, String departmentName, ApplicantType applicantType, String applicantName,
                        String applicantIdMasked, Channel channel, String externalRef, LocalDate acceptedOn,
                        LocalDate promisedDate, LocalDate toleranceDue, boolean datesProvisional, CaseOutcome outcome,
                        List<String> missing, List<String> tolerated, String refusalReason, LocalDate postCheckDue) {

    public CaseFacts {
        missing = missing == null ? List.of() : List.copyOf(missing);
        tolerated = tolerated == null ? List.of() : List.copyOf(tolerated);
    }
}
