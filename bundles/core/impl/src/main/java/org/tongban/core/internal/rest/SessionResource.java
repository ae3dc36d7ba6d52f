package org.tongban.core.internal.rest;

import org.tongban.core.fault.Fault;
import java.util.List;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.internal.security.Authenticator;
import org.tongban.core.internal.security.RealmLogins;
import org.tongban.core.internal.security.Sessions;
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.ProblemException;
import org.tongban.core.rest.Public;
import org.tongban.core.rest.RestResource;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.core.security.CallerPrincipal;

/**
 * {@code /api/v1/session}: the hall pages' login. A login with the realm's user and password (throttled like HTTP
 * Basic) opens a session: its id goes in an HttpOnly, SameSite=Strict cookie the page's script cannot read, and the
 * answer carries the CSRF token the page sends back in {@value SecurityFilter#CSRF_HEADER} on every change. Machine
 * clients and node links keep HTTP Basic.
 */
@Component(service = RestResource.class)
@Path("v1/session")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.APPLICANT, Role.CLERK, Role.REVIEWER, Role.AGENT, Role.AGENCY, Role.SUPERVISOR, Role.OPS, Role.TABLET})
public class SessionResource implements RestResource {

    /** A login: the account and its password. */
    public record Login(String user, String password) {
    }

    private final RealmLogins logins;

    @Context
    private HttpServletRequest http;

    @Activate
    public SessionResource(@Reference RealmLogins logins) {
        this.logins = logins;
    }

    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    @org.tongban.core.rest.Answers(value = SessionView.class, status = 201)
    public Response login(Login body) {
        if (body == null || body.user() == null || body.password() == null || body.user().isBlank()) {
            throw Fault.invalid("send {\"user\": …, \"password\": …}");
        }
        if (body.user().length() > 64 || body.password().length() > 256) {
            throw Fault.invalid("the user name is at most 64 characters, the password at most 256");
        }
        Caller caller;
        try {
            caller = logins.login(body.user().trim(), body.password().toCharArray(), http.getRemoteAddr())
                    .orElseThrow(() -> new ProblemException(org.tongban.core.rest.Problem.of(401, "unauthenticated", "Unauthorized",
                            "the user name or the password is wrong")));
        } catch (Authenticator.LockedOut locked) {
            return Problems.loginLocked(locked.until());
        }
        Sessions.Session s = logins.sessions().open(caller);
        return Response.status(201).header(HttpHeaders.SET_COOKIE, cookie(s.id(), -1))
                .entity(view(s)).build();
    }

    /** Who is signed in; the session's units, CSRF token and limits (absent when the caller used Basic). */
    public record SessionView(String user, List<String> roles, String division, Set<String> departments, String window,
                              String point, String agency, String csrfToken, Boolean passwordChangeRequired, Long idleMinutes) {
    }

    /** The session's caller and its CSRF token, for a page loaded again. */
    @GET
    public SessionView current(@Context SecurityContext security, @Context HttpHeaders headers) {
        String id = SecurityFilter.sessionCookie(headers.getCookies());
        return logins.session(id).map(this::view).orElseGet(() -> {
            // Signed in with Basic: no session, only who.
            Caller who = CallerPrincipal.of(security.getUserPrincipal());
            return new SessionView(who.user(), who.roles().stream().map(Role::realmName).toList(), null, null, null, null, null,
                    null, null, null);
        });
    }

    @DELETE
    @org.tongban.core.rest.Answers(value = Void.class, status = 204)
    public Response logout(@Context HttpHeaders headers) {
        logins.sessions().close(SecurityFilter.sessionCookie(headers.getCookies()));
        return Response.noContent().header(HttpHeaders.SET_COOKIE, cookie("", 0)).build();
    }

    private SessionView view(Sessions.Session s) {
        Caller c = s.caller();
        return new SessionView(c.user(), c.roles().stream().map(Role::realmName).toList(), c.division(), c.departments(),
                c.window(), c.point(), c.agency(), s.csrfToken(), logins.mustChangePassword(c.user()),
                logins.sessions().idleSeconds() / 60);
    }

    private String cookie(String value, long maxAgeSeconds) {
        // No Max-Age on a login: the cookie goes when the browser closes, the session earlier when idle.
        return SecurityFilter.SESSION_COOKIE + "=" + value + "; Path=/; HttpOnly; SameSite=Strict"
                + (maxAgeSeconds >= 0 ? "; Max-Age=" + maxAgeSeconds : "") + (http != null && http.isSecure() ? "; Secure" : "");
    }
}
