package org.tongban.intake.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.tongban.catalog.ServiceItem;

/**
 * 失信联合惩戒: for which items a listed judgment defaulter loses the commitment route (告知承诺) and hands in every
 * proof by the ordinary checklist, and loses the green channel (绿色通道) (see {@link Sanctions}). Items are named by implementation or base code; {@code *} names every item; an
 * exemption wins. Pure logic.
 */
record CommitmentRestriction(Set<String> items, Set<String> exempt) {

    static CommitmentRestriction of(IntakeConfig config) {
        return new CommitmentRestriction(codes(config.defaulterCommitmentItems()), codes(config.defaulterCommitmentExempt()));
    }

    /** Whether a listed applicant who signed the commitment is refused it for this item. */
    boolean applies(ServiceItem item) {
        if (names(exempt, item)) {
            return false;
        }
        return items.contains("*") || names(items, item);
    }

    private static boolean names(Set<String> codes, ServiceItem item) {
        return codes.contains(item.implementationCode()) || item.baseCode() != null && codes.contains(item.baseCode());
    }

    private static Set<String> codes(String[] given) {
        return given == null ? Set.of() : Arrays.stream(given).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
