package org.tongban.intake.internal;

import org.tongban.core.fault.Fault;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;

/**
 * Who may see and change a case, decided on the caller's units, never on what the request says about itself:
 * ops, supervisors and clerks the cases of their division and below; a reviewer those of their division that one of
 * their departments leads or has a review step on; an agent the cases of their service point (or, without one, those
 * they handed in); an applicant the cases of their own identity; the node itself every case. A case out of scope is
 * "not found" (its existence is not revealed); an action the caller's role or unit does not allow is forbidden.
 */
final class CaseAccess {

    private CaseAccess() {
    }

    /** Whether the caller may see the case; {@code departments}: those with a review step on it, in any round. */
    static boolean sees(Caller c, StoredCase k, Collection<String> departments) {
        if (c.has(Role.NODE)) {
            return true;
        }
        boolean inDivision = c.covers(k.divisionCode);
        if (inDivision && (c.has(Role.OPS) || c.has(Role.SUPERVISOR) || c.has(Role.CLERK))) {
            return true;
        }
        if (inDivision && c.has(Role.REVIEWER)
                && ((k.departmentCode != null && c.departments().contains(k.departmentCode))
                || departments.stream().anyMatch(d -> d != null && c.departments().contains(d)))) {
            return true;
        }
        if (c.has(Role.AGENT) && (c.point() != null ? c.point().equals(k.pointCode) : c.user().equals(k.acceptedBy))) {
            return true;
        }
        return c.has(Role.APPLICANT) && c.identity() != null
                && c.identity().equalsIgnoreCase(k.application.applicant().idNumber());
    }

    /** Refuses an action to a caller holding none of the roles (the service's own check, whatever the path allowed). */
    static void requireRole(Caller c, String action, Role... roles) {
        if (c.has(Role.NODE) || Arrays.stream(roles).anyMatch(c::has)) {
            return;
        }
        throw Fault.forbidden(action + " needs one of the roles " + Arrays.stream(roles).map(Role::realmName).toList());
    }

    /** A reviewer decides only for the departments of their account. */
    static void requireDepartment(Caller c, String department) {
        if (!c.has(Role.NODE) && (department == null || !c.departments().contains(department))) {
            throw Fault.forbidden("your account does not review for department " + department
                    + (c.departments().isEmpty() ? " (it names no department: ops give it its units)" : ""));
        }
    }

    /** An applicant submits only in their own name. */
    static void requireOwnApplication(Caller c, String applicantId) {
        if (c.has(Role.NODE) || c.has(Role.CLERK) || c.has(Role.AGENT)) {
            return;
        }
        if (c.identity() == null || !c.identity().equalsIgnoreCase(applicantId == null ? "" : applicantId.trim())) {
            throw Fault.forbidden("an applicant's account applies only in the name of its own identity"
                    + (c.identity() == null ? " (this account is bound to none)" : ""));
        }
    }

    /**
     * The SQL condition (over alias {@code k}) of the cases the caller sees, with its parameters, for lists; null for
     * every case.
     */
    static Condition condition(Caller c) {
        if (c.has(Role.NODE)) {
            return null;
        }
        List<String> any = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        String division = c.divisionPrefix().isEmpty() ? "1 = 1" : "k.division_code LIKE ?";
        if (c.has(Role.OPS) || c.has(Role.SUPERVISOR) || c.has(Role.CLERK)) {
            any.add(division);
            addDivision(c, args);
        }
        if (c.has(Role.REVIEWER) && !c.departments().isEmpty()) {
            String in = String.join(", ", c.departments().stream().map(d -> "?").toList());
            any.add("(" + division + " AND (k.department_code IN (" + in + ") OR EXISTS (SELECT 1 FROM intake_review_step s"
                    + " WHERE s.case_number = k.case_number AND s.department_code IN (" + in + "))))");
            addDivision(c, args);
            args.addAll(c.departments());
            args.addAll(c.departments());
        }
        if (c.has(Role.AGENT)) {
            any.add(c.point() != null ? "k.point_code = ?" : "k.accepted_by = ?");
            args.add(c.point() != null ? c.point() : c.user());
        }
        if (c.has(Role.APPLICANT) && c.identity() != null) {
            any.add("k.applicant_id = ?");
            args.add(c.identity());
        }
        return any.isEmpty() ? new Condition("1 = 0", List.of()) : new Condition("(" + String.join(" OR ", any) + ")", args);
    }

    private static void addDivision(Caller c, List<Object> args) {
        if (!c.divisionPrefix().isEmpty()) {
            args.add(c.divisionPrefix() + "%");
        }
    }

    /** A WHERE condition and its parameters, in order. */
    record Condition(String sql, List<Object> args) {
    }

    /**
     * A clerk of a window takes applications in at that window: an application naming none is taken there, one naming
     * another window is refused (its satisfaction reviews and statistics would count against the wrong window).
     */
    static org.tongban.intake.Application atOwnWindow(Caller c, org.tongban.intake.Application a) {
        if (a == null || !c.has(Role.CLERK) || c.window() == null) {
            return a;
        }
        if (a.window() != null && !a.window().isBlank() && !a.window().trim().equals(c.window())) {
            throw Fault.forbidden("user " + c.user() + " works at window " + c.window() + ", not " + a.window().trim());
        }
        return new org.tongban.intake.Application(a.itemCode(), a.applicant(), a.form(), a.materials(), a.channel(),
                a.commitmentSigned(), c.window(), a.externalRef(), a.priority());
    }
}
