package org.tongban.core.internal.rest;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;
import javax.servlet.http.HttpServletRequest;
import org.tongban.core.internal.security.Authenticator;
import org.tongban.core.internal.security.RealmLogins;
import org.tongban.core.security.Caller;
import org.tongban.core.security.CallerPrincipal;
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.Public;
import org.tongban.core.rest.Role;

/**
 * HTTP Basic against the tongban realm, or the hall pages' session cookie ({@link SessionResource}), then the resource
 * method's roles ({@link Allowed}, or ops only). A change made in a session (any method but GET, HEAD, OPTIONS) must
 * carry the session's CSRF token in {@value #CSRF_HEADER}. Failures are 401 (with a challenge) or 403, as problem bodies.
 */
@Priority(Priorities.AUTHENTICATION)
public class SecurityFilter implements ContainerRequestFilter {

    static final String SESSION_COOKIE = "TONGBAN_SESSION";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    private ResourceInfo resourceInfo;

    @Context
    private HttpServletRequest http;

    private final RealmLogins logins;
    private final java.util.List<org.tongban.core.security.IdentityProvider> providers;

    public SecurityFilter(RealmLogins logins, java.util.List<org.tongban.core.security.IdentityProvider> providers) {
        this.logins = logins;
        this.providers = providers;
    }

    /** The caller of a bearer token as the first identity provider that verifies it; empty for none (or an oversized one). */
    private Optional<Caller> bearer(String authorization) {
        String token = authorization.trim().substring(6).trim();
        if (token.isEmpty() || token.length() > 8192) {
            return Optional.empty();
        }
        for (org.tongban.core.security.IdentityProvider p : providers) {
            try {
                Optional<Caller> c = p.verify(token);
                if (c.isPresent()) {
                    return c;
                }
            } catch (RuntimeException e) {
                // A provider's fault is a refused login, not a 500; the provider's own log says why.
            }
        }
        return Optional.empty();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        if (method == null || isPublic(method) || isPublic(type)) {
            return;
        }
        Optional<Caller> caller;
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String sessionId = authorization == null ? sessionCookie(request.getCookies()) : null;
        if (sessionId != null) {
            Optional<org.tongban.core.internal.security.Sessions.Session> session = logins.session(sessionId);
            if (session.isEmpty()) {
                request.abortWith(Problems.response(401, "session-ended", "Unauthorized",
                        "the session has ended (logged out, idle too long or the account changed): log in again"));
                return;
            }
            if (!SAFE.contains(request.getMethod()) && !java.security.MessageDigest.isEqual(
                    session.get().csrfToken().getBytes(StandardCharsets.US_ASCII),
                    String.valueOf(request.getHeaderString(CSRF_HEADER)).getBytes(StandardCharsets.US_ASCII))) {
                request.abortWith(Problems.response(403, "csrf", "Forbidden",
                        "a change in a session carries the session's token in the " + CSRF_HEADER + " header"));
                return;
            }
            authorized(request, method, type, session.get().caller(), "SESSION");
            return;
        }
        if (authorization != null && authorization.trim().regionMatches(true, 0, "Bearer", 0, 6)) {
            caller = bearer(authorization);
            if (caller.isEmpty()) {
                request.abortWith(javax.ws.rs.core.Response.fromResponse(Problems.response(401, "unauthenticated", "Unauthorized",
                        "the bearer token is not one this node's identity providers verify"))
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tongban\"").build());
                return;
            }
            authorized(request, method, type, caller.get(), "BEARER");
            return;
        }
        try {
            caller = credentials(authorization)
                    .flatMap(c -> logins.login(c[0], c[1].toCharArray(), address()));
        } catch (Authenticator.LockedOut locked) {
            request.abortWith(Problems.loginLocked(locked.until()));
            return;
        }
        if (caller.isEmpty()) {
            request.abortWith(javax.ws.rs.core.Response.fromResponse(Problems.response(401, "unauthenticated",
                    "Unauthorized", "log in with HTTP Basic credentials of the tongban realm"))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"tongban\", charset=\"UTF-8\"").build());
            return;
        }
        authorized(request, method, type, caller.get(), SecurityContext.BASIC_AUTH);
    }

    /** The authenticated caller's path: a generated password opens only its own change; then the method's roles. */
    private void authorized(ContainerRequestContext request, Method method, Class<?> type, Caller caller, String scheme) {
        String path = apiPath(request);
        if (logins.mustChangePassword(caller.user()) && !path.equals(SESSION_PATH) && !path.equals(AccountResource.OWN_PASSWORD)) {
            request.abortWith(Problems.response(403, "password-change-required", "Set your own password first",
                    "this account's password was generated: set your own with POST /api/v1/" + AccountResource.OWN_PASSWORD
                    + " {\"current\", \"password\"} before anything else"));
            return;
        }
        Set<String> allowed = allowedRoles(method, type);
        if (caller.roles().stream().map(Role::realmName).noneMatch(allowed::contains)) {
            request.abortWith(Problems.response(403, "forbidden", "Forbidden",
                    "this needs one of the roles " + allowed.stream().sorted().toList()));
            return;
        }
        request.setSecurityContext(new CallerContext(caller.from(address()), request.getSecurityContext().isSecure(), scheme));
    }

    private static final String SESSION_PATH = "v1/session";

    /** The request's path below {@code /api/} (each resource has a server of its own, so UriInfo's is relative to it). */
    static String apiPath(ContainerRequestContext request) {
        String full = request.getUriInfo().getAbsolutePath().getPath();
        int api = full.indexOf("/api/");
        return (api < 0 ? full : full.substring(api + "/api/".length())).replaceFirst("^/+", "").replaceFirst("/+$", "");
    }

    /** The session id of the request's cookies; null without one. */
    static String sessionCookie(java.util.Map<String, javax.ws.rs.core.Cookie> cookies) {
        javax.ws.rs.core.Cookie c = cookies == null ? null : cookies.get(SESSION_COOKIE);
        return c == null || c.getValue() == null || c.getValue().isEmpty() ? null : c.getValue();
    }

    private String address() {
        try {
            return http == null ? null : http.getRemoteAddr();
        } catch (RuntimeException e) {
            return null;   // outside a request (unit tests)
        }
    }

    static Set<String> allowedRoles(Method method, Class<?> type) {
        Allowed a = method.getAnnotation(Allowed.class);
        if (a == null) {
            a = type.getAnnotation(Allowed.class);
        }
        Role[] roles = a == null ? new Role[] {Role.OPS} : a.value();
        return Arrays.stream(roles).map(Role::realmName).collect(Collectors.toUnmodifiableSet());
    }

    private static boolean isPublic(AnnotatedElement e) {
        return e != null && e.isAnnotationPresent(Public.class);
    }

    /** user and password from a Basic header, or empty when absent or malformed. */
    static Optional<String[]> credentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private record CallerContext(Caller caller, boolean secure, String scheme) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return new CallerPrincipal(caller);
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.roles().stream().anyMatch(r -> r.realmName().equals(role));
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return scheme;
        }
    }
}
