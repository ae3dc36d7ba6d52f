package org.tongban.supervision.internal;

import org.tongban.core.fault.Fault;
import java.util.List;
import java.util.Set;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.intake.CaseScope;

/**
 * What of the node's supervision a caller reads: the cases whose division lies in their scope ({@code divisionPrefix},
 * empty for the whole node) and, for a reviewer, only their departments' cards ({@code departments}; null for any).
 * Cards of tasks that are not cases (a rectification) belong to the whole node's supervisors.
 */
record SupervisionScope(String divisionPrefix, Set<String> departments) {

    static final SupervisionScope ALL = new SupervisionScope("", null);

    boolean wholeNode() {
        return divisionPrefix.isEmpty();
    }

    /** The scope of figures and lists: supervisors and ops of their divisions, the node itself of everything. */
    static SupervisionScope of(Caller caller) {
        if (caller.has(Role.NODE)) {
            return ALL;
        }
        if (!caller.has(Role.SUPERVISOR) && !caller.has(Role.OPS)) {
            throw Fault.forbidden("supervision's figures are for supervisors and ops");
        }
        return new SupervisionScope(caller.divisionPrefix(), null);
    }

    /** The scope of cards, which a reviewer also reads for their own departments. */
    static SupervisionScope ofCards(Caller caller, String department) {
        if (caller.has(Role.NODE) || caller.has(Role.SUPERVISOR) || caller.has(Role.OPS)) {
            SupervisionScope s = of(caller);
            return department == null ? s : new SupervisionScope(s.divisionPrefix, Set.of(department));
        }
        if (!caller.has(Role.REVIEWER)) {
            throw Fault.forbidden("cards are for supervisors, ops and the reviewers of the department carded");
        }
        if (department != null && !caller.departments().contains(department)) {
            throw Fault.forbidden("user " + caller.user() + " reviews for " + caller.departments() + ", not " + department);
        }
        return new SupervisionScope(caller.divisionPrefix(), department != null ? Set.of(department) : caller.departments());
    }

    /** The SQL condition on a card table's alias, and its arguments added to {@code args}. */
    String cardCondition(String alias, List<Object> args) {
        StringBuilder sql = new StringBuilder();
        if (departments != null) {
            sql.append(" AND ").append(alias).append(".department_code IN (")
                    .append(String.join(", ", departments.stream().map(d -> "?").toList())).append(departments.isEmpty() ? "''" : "")
                    .append(")");
            args.addAll(departments);
        }
        if (!wholeNode()) {
            // The card's copy of its case's division (a task's card has none: it is the whole node's).
            sql.append(" AND ").append(alias).append(".division_code LIKE ?");
            args.add(divisionPrefix + "%");
        }
        return sql.toString();
    }

    /** The cases of intake this scope reads (its departments bound cards only). */
    CaseScope divisions() {
        return new CaseScope(divisionPrefix);
    }
}
