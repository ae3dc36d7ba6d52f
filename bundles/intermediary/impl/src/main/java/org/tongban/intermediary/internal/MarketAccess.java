package org.tongban.intermediary.internal;

import org.tongban.core.fault.Fault;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.tongban.core.NodeInfo;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.intermediary.Agency;
import org.tongban.intermediary.AgencyApplication;
import org.tongban.intermediary.ProjectRequest;

/**
 * Who may act on what in the marketplace. An agency's staff act for the agency their account's {@code agency:} unit
 * names (its credit code), so an agency has as many accounts as it has staff; an account without the unit acts for
 * the agency it registered. A project belongs to the account that posted it and, for an applicant, to the identity
 * it is bound to when that is the owner's credit code. Supervision is for a supervisor whose scope holds this node.
 */
final class MarketAccess {

    private final NodeInfo node;

    MarketAccess(NodeInfo node) {
        this.node = node;
    }

    boolean supervises(Caller caller) {
        return caller.has(Role.NODE) || (caller.has(Role.SUPERVISOR) && caller.covers(node.identity().divisionCode()));
    }

    /** Supervision, or one of the other roles named, whose scope holds this node. */
    void requireSupervision(Caller caller, Role... also) {
        boolean other = Arrays.stream(also).anyMatch(caller::has) && caller.covers(node.identity().divisionCode());
        if (!supervises(caller) && !other) {
            throw Fault.forbidden("this takes a supervisor of " + node.identity().divisionCode() + " or above");
        }
    }

    /** An agency's account registers only the agency its unit names. */
    void requireAgencyOf(Caller caller, AgencyApplication a) {
        if (caller.has(Role.NODE)) {
            return;
        }
        if (!caller.has(Role.AGENCY)) {
            throw Fault.forbidden("agencies register themselves");
        }
        if (caller.agency() != null && a != null && a.creditCode() != null
                && !caller.agency().equalsIgnoreCase(a.creditCode().trim())) {
            throw Fault.forbidden("user " + caller.user() + " acts for agency " + caller.agency() + ", not "
                    + a.creditCode().trim());
        }
    }

    /** An applicant posts projects in their own name only; a clerk posts for an owner at the window. */
    void requirePoster(Caller caller, ProjectRequest r) {
        if (caller.has(Role.NODE) || caller.has(Role.CLERK)) {
            return;
        }
        if (!caller.has(Role.APPLICANT)) {
            throw Fault.forbidden("projects are posted by their owner or at a window");
        }
        if (caller.identity() == null || r == null || r.ownerCreditCode() == null
                || !caller.identity().equals(r.ownerCreditCode().trim().toUpperCase(Locale.ROOT))) {
            throw Fault.forbidden("an applicant posts projects in the name of their own identity only");
        }
    }

    static boolean owns(Caller caller, StoredProject p) {
        return caller.user().equals(p.ownerAccount)
                || (caller.has(Role.APPLICANT) && caller.identity() != null && caller.identity().equals(p.ownerCreditCode));
    }

    static Optional<Agency> agencyOf(Connection c, Caller caller, LocalDate today) throws SQLException {
        if (!caller.has(Role.AGENCY)) {
            return Optional.empty();
        }
        return caller.agency() != null ? AgencyStore.agencyByCreditCode(c, caller.agency().trim().toUpperCase(Locale.ROOT), today)
                : AgencyStore.agencyOf(c, caller.user(), today);
    }
}
