package org.tongban.core.rest;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * The roles of the {@code tongban} JAAS realm (DESIGN.md); {@code TABLET} is the hall's evaluation tablet at a window,
 * the one staff-side account that holds an invitation's code, to put it in front of the applicant.
 */
public enum Role {
    APPLICANT, CLERK, REVIEWER, AGENT, AGENCY, SUPERVISOR, OPS, NODE, TABLET;

    /** The role's name in the realm, lower case. */
    public String realmName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The realm name of the first role (in this enum's order) a caller holds, for audit records; empty when none.
     * Pass the request's {@code SecurityContext::isUserInRole}.
     */
    public static String firstOf(Predicate<String> isUserInRole) {
        for (Role r : values()) {
            if (isUserInRole.test(r.realmName())) {
                return r.realmName();
            }
        }
        return "";
    }
}
