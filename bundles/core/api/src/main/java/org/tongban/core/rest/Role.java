package org.tongban.core.rest;

import java.util.Locale;

/** The roles of the {@code tongban} JAAS realm (DESIGN.md). */
public enum Role {
    APPLICANT, CLERK, REVIEWER, AGENT, AGENCY, SUPERVISOR, OPS, NODE;

    /** The role's name in the realm, lower case. */
    public String realmName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
