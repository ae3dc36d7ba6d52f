package org.tongban.core.internal.security;

import java.util.Set;

/** An authenticated user and the realm roles they hold. */
public record Caller(String user, Set<String> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }
}
