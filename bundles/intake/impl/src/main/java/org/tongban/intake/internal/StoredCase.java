package org.tongban.intake.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tongban.intake.Application;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.CaseView;
import org.tongban.core.validation.ResidentId;

/** A case row: the application as submitted plus the state the lifecycle moves. */
public record StoredCase(String caseNumber, String itemCode, int itemVersion, String itemName, CaseStatus status,
                         Application application, List<String> missing, List<String> tolerated, LocalDate acceptedOn,
                         LocalDate promisedDate, LocalDate toleranceDue, Instant createdAt, Instant updatedAt) {

    public StoredCase with(CaseStatus newStatus, Instant now) {
        return new StoredCase(caseNumber, itemCode, itemVersion, itemName, newStatus, application, missing, tolerated,
                acceptedOn, promisedDate, toleranceDue, createdAt, now);
    }

    /** The view for staff: the applicant's ID is masked (mask works for both ID kinds: region and last four). */
    public CaseView view() {
        return new CaseView(caseNumber, itemCode, itemVersion, itemName, status, application.applicant().name(),
                ResidentId.mask(application.applicant().idNumber()), application.channel(), acceptedOn, promisedDate,
                missing, tolerated, toleranceDue, createdAt, updatedAt);
    }
}
