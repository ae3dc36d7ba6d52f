package org.tongban.core.security;

import java.security.Principal;

/** The principal of an authenticated request: its {@link Caller}. A REST resource hands it to the service it calls. */
public record CallerPrincipal(Caller caller) implements Principal {

    @Override
    public String getName() {
        return caller.user();
    }

    /** The caller behind a request's principal; fails loudly for a path that was not authenticated as a caller. */
    public static Caller of(Principal principal) {
        if (principal instanceof CallerPrincipal p) {
            return p.caller();
        }
        throw new IllegalStateException("the request has no authenticated caller");
    }
}
