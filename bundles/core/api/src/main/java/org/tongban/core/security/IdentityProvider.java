package org.tongban.core.security;

import java.util.Optional;

/**
 * A login the node accepts from outside its realm: the province's unified identity provider (统一身份认证), which is
 * OIDC-shaped. Publish one as a service and REST requests carrying {@code Authorization: Bearer <token>} are asked of
 * it: the provider verifies the token it issued (signature against its published keys, issuer, audience, expiry) and
 * maps the person to a {@link Caller} (an applicant bound to the identity the token asserts; staff with the roles and
 * units the province's directory grants). The node ships no provider: each province's token format and claims differ,
 * and a provider that accepts what it cannot verify would open every door. See README, "Identity and access".
 */
public interface IdentityProvider {

    /** A short name for the access record and the log (e.g. {@code sd-tyrz}). */
    String name();

    /**
     * The caller a bearer token stands for once verified; empty when the token is not this provider's or does not
     * verify (expired, wrong audience, bad signature). Never throws for a malformed token.
     */
    Optional<Caller> verify(String bearerToken);
}
