package org.tongban.intermediary.internal.rest;

import javax.ws.rs.core.SecurityContext;
import org.tongban.core.rest.Role;

/** Who is calling: the user's name and the first realm role they hold, for audit records. */
final class Callers {

    private Callers() {
    }

    static String name(SecurityContext security) {
        return security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName();
    }

    static String role(SecurityContext security) {
        for (Role r : Role.values()) {
            if (security.isUserInRole(r.realmName())) {
                return r.realmName();
            }
        }
        return "";
    }
}
