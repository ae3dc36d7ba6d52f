package org.tongban.intake.internal;

import org.tongban.core.fault.Fault;
import java.time.LocalDate;
import org.tongban.catalog.ServiceItem;
import org.tongban.intake.RefusalDecision;

/**
 * A decision not to grant (不予许可) states its reasons and the legal basis it rests on (Administrative Licensing Law
 * art. 38): the reviewer names the article, or the item's own legal basis from the catalogue stands. Pure logic.
 */
final class Refusals {

    private Refusals() {
    }

    static RefusalDecision decision(String reasons, String legalBasis, ServiceItem item, String department, String departmentName,
                                    String reviewer, LocalDate today) {
        if (reasons == null || reasons.isBlank()) {
            throw Fault.invalid("opinion is required: a decision not to grant (不予许可) states its reasons");
        }
        String basis = legalBasis != null && !legalBasis.isBlank() ? legalBasis.trim()
                : item.legalBasis() != null && !item.legalBasis().isBlank() ? item.legalBasis().trim() : null;
        if (basis == null) {
            throw Fault.invalid("legalBasis is required: a decision not to grant (不予许可) names the law it rests on,"
                    + " and item " + item.implementationCode() + " names none in the catalogue");
        }
        if (basis.length() > 1000 || reasons.length() > 2000) {
            throw Fault.invalid("a refusal's reasons are at most 2000 characters and its legal basis at most 1000");
        }
        return new RefusalDecision(reasons.trim(), basis, department, departmentName, reviewer, today);
    }

    /** The audit detail of the decision. */
    static String describe(RefusalDecision d, boolean joint) {
        return "REJECTED (不予许可)" + (joint ? ", vetoed by " : " by ") + d.departmentName() + ": " + d.reasons() + "; legal basis: "
                + d.legalBasis();
    }
}
