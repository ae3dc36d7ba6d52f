package org.tongban.intake.internal;

import java.util.Optional;
import java.util.Set;
import org.tongban.catalog.ApplicantKind;
import org.tongban.catalog.ServiceItem;
import org.tongban.intake.ApplicantType;

/**
 * Whether an application may be taken in at all (受理范围). Any hall takes any department's items (通办), so the
 * node's level is no reason to refuse; an applicant of a kind the item is not for is. Pure logic.
 */
public final class IntakeGate {

    private static final Set<ApplicantKind> ORGANISATIONS = Set.of(ApplicantKind.ENTERPRISE, ApplicantKind.PUBLIC_INSTITUTION,
            ApplicantKind.SOCIAL_ORGANISATION, ApplicantKind.GOVERNMENT_BODY, ApplicantKind.OTHER);

    private IntakeGate() {
    }

    /**
     * The message code of the refusal the applicant reads (不予受理理由, argument: the item's name), or empty when the
     * application is within the item's scope.
     */
    public static Optional<String> refusalCode(ServiceItem item, ApplicantType applicant) {
        return refusal(item, applicant).map(r -> applicant == ApplicantType.PERSON ? "refused.scope.person" : "refused.scope.organisation");
    }

    /** The refusal reason as the audit trail records it (staff read it), or empty when within the item's scope. */
    public static Optional<String> refusal(ServiceItem item, ApplicantType applicant) {
        boolean fits = applicant == ApplicantType.PERSON
                ? item.applicantKinds().contains(ApplicantKind.NATURAL_PERSON)
                : item.applicantKinds().stream().anyMatch(ORGANISATIONS::contains);
        if (fits) {
            return Optional.empty();
        }
        return Optional.of("「" + item.name() + "」 is for " + item.applicantKinds().stream().map(Enum::name).sorted().toList()
                + " applicants, not for " + (applicant == ApplicantType.PERSON ? "a natural person" : "an organisation"));
    }
}
