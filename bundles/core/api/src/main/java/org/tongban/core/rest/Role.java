package org.tongban.core.rest;

import java.util.Locale;
import java.util.function.Predicate;

/** The roles of the {@code tongban} JAAS realm (DESIGN.md). */
public enum Role {
    APPLICANT, CLERK, REVIEWER, AGENT, AGENCY, SUPERVISOR, OPS, NODE;

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
