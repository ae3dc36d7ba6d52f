package org.tongban.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as clerks and reviewers see it: the item version it is pinned to, its status, the applicant (ID masked),
 * the acceptance receipt's dates, and what the intake check found missing (the one-time deficiency notice) or
 * tolerated with a deadline (容缺).
 */
public record CaseView(String caseNumber, String itemCode, int itemVersion, String itemName, CaseStatus status,
                       String applicantName, String applicantIdMasked, Channel channel, LocalDate acceptedOn,
                       LocalDate promisedDate, List<String> missingMaterials, List<String> toleratedMaterials,
                       LocalDate toleranceDue, Instant createdAt, Instant updatedAt) {

    public CaseView {
        missingMaterials = List.copyOf(missingMaterials);
        toleratedMaterials = List.copyOf(toleratedMaterials);
    }
}
