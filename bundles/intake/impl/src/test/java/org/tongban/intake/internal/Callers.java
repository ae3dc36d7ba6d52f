package org.tongban.intake.internal;

import java.util.Set;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;

/** The accounts of the tests, in Shouguang (370783) unless said otherwise. */
final class Callers {

    static final String FOOD_DEPT = "11370783000007919T";
    static final String COMPANY = "91350100M000100Y43";

    private Callers() {
    }

    static Caller clerk() {
        return new Caller("clerk", Set.of(Role.CLERK), "370783", Set.of(), null, null, null, null);
    }

    static Caller reviewer(String... departments) {
        return new Caller("reviewer", Set.of(Role.REVIEWER), "370783", Set.of(departments), null, null, null, null);
    }

    static Caller supervisor(String division) {
        return new Caller("supervisor", Set.of(Role.SUPERVISOR), division, Set.of(), null, null, null, null);
    }

    static Caller applicant(String identity) {
        return new Caller("applicant", Set.of(Role.APPLICANT), null, Set.of(), null, null, null, identity);
    }
}
