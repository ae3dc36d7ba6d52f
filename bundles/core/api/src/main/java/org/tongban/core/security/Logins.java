package org.tongban.core.security;

import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;
import org.tongban.core.rest.Role;

/**
 * The {@code tongban} realm for callers that arrive other than over REST (a child node's batch through a broker):
 * the same users, passwords and roles as the REST endpoints check.
 */
@ProviderType
public interface Logins {

    /** The roles the user holds, or empty when the realm refuses the credentials. */
    Optional<Set<Role>> login(String user, char[] password);
}
