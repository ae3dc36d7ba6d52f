package org.tongban.intake.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tongban.core.validation.ResidentId;
import org.tongban.intake.Application;
import org.tongban.intake.CaseMaterial;
import org.tongban.intake.CaseOutcome;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.CaseView;
import org.tongban.intake.Extension;
import org.tongban.intake.ReviewStep;
import org.tongban.intake.Suspension;
import org.tongban.intake.TimeBudget;

/**
 * A case row, loaded under its row lock, changed by one operation and written back in the same transaction.
 * Mutable on purpose: an operation changes a few of its many fields.
 */
public final class StoredCase {

    String caseNumber;
    String itemCode;
    int itemVersion;
    String itemName;
    CaseStatus status;
    Application application;
    List<String> missing = List.of();
    List<String> tolerated = List.of();
    LocalDate acceptedOn;
    LocalDate promisedDate;
    LocalDate toleranceDue;
    Instant createdAt;
    Instant updatedAt;
    CaseOutcome outcome;
    LocalDate decidedOn;
    String creditFlag;
    LocalDate suspendedSince;
    int round;
    CaseDetails details = CaseDetails.EMPTY;
    /** The lead department, written once at intake (the read model supervision counts by). */
    String departmentCode;
    String departmentName;
    /** Who took the application in, written once at intake (evaluations are counted per clerk and window). */
    String acceptedBy;
    /** The division of the hall that took the case in, and the service point of the agent who handed it in. */
    String divisionCode;
    String pointCode;
    /** The query code printed on the receipt: the secret of the public progress query. */
    String queryCode;
    /** The promised date or tolerance deadline was computed over a provisional calendar year. */
    boolean datesProvisional;

    public String caseNumber() {
        return caseNumber;
    }

    public CaseStatus status() {
        return status;
    }

    public Application application() {
        return application;
    }

    public TimeBudget budget() {
        return acceptedOn == null ? TimeBudget.NONE
                : new TimeBudget(details.limitDays(), details.extensionDays(), details.suspendedDays(), suspendedSince);
    }

    /** The view for staff: the applicant's ID is masked (mask works for both ID kinds: region and last four). */
    public CaseView view() {
        return view(List.of(), List.of(), List.of());
    }

    public CaseView view(List<ReviewStep> steps, List<Suspension> suspensions, List<Extension> extensions) {
        return view(steps, suspensions, extensions, Map.of(), List.of());
    }

    /** The single case's view: with the form (IDs and phones masked) and the materials handed in. */
    public CaseView view(List<ReviewStep> steps, List<Suspension> suspensions, List<Extension> extensions,
                         List<CaseMaterial> materials) {
        return view(steps, suspensions, extensions, FormMask.mask(application.form()), materials);
    }

    private CaseView view(List<ReviewStep> steps, List<Suspension> suspensions, List<Extension> extensions,
                          Map<String, Object> form, List<CaseMaterial> materials) {
        return new CaseView(caseNumber, itemCode, itemVersion, itemName, status, application.applicant().name(),
                ResidentId.mask(application.applicant().idNumber()), application.channel(), acceptedOn, promisedDate, budget(),
                missing, tolerated, toleranceDue, details.replacedByCommitment(), creditFlag, outcome, details.decisionRule(),
                decidedOn, details.refusalReason(), details.result(), details.delivery(), steps, suspensions, extensions,
                createdAt, updatedAt, datesProvisional, queryCode, form, materials, details.refusalDecision(),
                details.commitmentRefused() ? Messages.text(Messages.CHINESE, "commitment.refused") : null, details.postCheck(),
                CaseNotices.of(this, Messages.CHINESE));
    }
}
