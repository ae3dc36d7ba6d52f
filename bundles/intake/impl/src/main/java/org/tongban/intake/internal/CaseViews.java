package org.tongban.intake.internal;

import java.util.List;
import java.util.Map;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.intake.CaseMaterial;
import org.tongban.intake.CaseView;

/** What of a case reaches whom beyond staff: the applicant never sees the credit check; the public query not the form either. */
final class CaseViews {

    private static final List<Role> STAFF = List.of(Role.NODE, Role.OPS, Role.SUPERVISOR, Role.CLERK, Role.REVIEWER, Role.AGENT);

    private CaseViews() {
    }

    /** The view for this caller: an applicant's account sees its own case without what the credit check found. */
    static CaseView forCaller(Caller caller, CaseView v) {
        return STAFF.stream().anyMatch(caller::has) ? v : copy(v, null, v.form(), v.materials());
    }

    /** The public progress query (number and query code): status, dates and notices, not the form or the materials. */
    static CaseView forProgress(CaseView v) {
        return copy(v, null, Map.of(), List.of());
    }

    private static CaseView copy(CaseView v, String creditFlag, Map<String, Object> form, List<CaseMaterial> materials) {
        return new CaseView(v.caseNumber(), v.itemCode(), v.itemVersion(), v.itemName(), v.status(), v.applicantName(),
                v.applicantIdMasked(), v.channel(), v.acceptedOn(), v.promisedDate(), v.timeBudget(), v.missingMaterials(),
                v.toleratedMaterials(), v.toleranceDue(), v.replacedByCommitment(), creditFlag, v.outcome(), v.decisionRule(),
                v.decidedOn(), v.refusalReason(), v.result(), v.delivery(), v.reviewSteps(), v.suspensions(), v.extensions(),
                v.createdAt(), v.updatedAt(), v.datesProvisional(), v.queryCode(), form, materials, v.refusalDecision(),
                v.commitmentRefusal(), v.postApprovalCheck(), v.notices());
    }
}
