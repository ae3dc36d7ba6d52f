package org.tongban.core.internal.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.audit.AuditTrail;
import org.tongban.core.internal.security.AccountAdmin;
import org.tongban.core.internal.security.PasswordHashes;
import org.tongban.core.internal.security.RealmLogins;
import org.tongban.core.internal.security.UsersFile;
import org.tongban.core.rest.Allowed;
import org.tongban.core.rest.ProblemException;
import org.tongban.core.rest.RestResource;
import org.tongban.core.rest.Role;

/**
 * {@code /api/v1/accounts} (ops): the node's accounts with their roles and units; add one (its generated password is
 * in the answer, once), disable or enable it, give it a new password. Every change audited; no hash ever shown.
 */
@Component(service = RestResource.class)
@Path("v1/accounts")
@Allowed(Role.OPS)
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource implements RestResource {

    /** The path of the account holder's own password change, the one path a generated password opens. */
    public static final String OWN_PASSWORD = "v1/accounts/me/password";

    /** The account holder's password change: the current one and the new. */
    public record OwnPassword(String current, String password) {
    }

    /** A new account: its name, roles and units (e.g. department:CREDITCODE). */
    public record NewAccount(String user, List<String> roles, List<String> units) {
    }

    private final RealmLogins logins;
    private final AuditTrail audit;

    @Activate
    public AccountResource(@Reference RealmLogins logins, @Reference AuditTrail audit) {
        this.logins = logins;
        this.audit = audit;
    }

    @GET
    public List<Map<String, Object>> list() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (UsersFile.Entry e : admin().list()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("user", e.user());
            m.put("enabled", !e.disabled());
            m.put("weakHash", PasswordHashes.isLegacy(e.hash()));
            m.put("rolesAndUnits", e.names());
            out.add(m);
        }
        return out;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(NewAccount body, @Context SecurityContext security) {
        if (body == null || body.roles() == null) {
            throw ProblemException.badRequest("send {\"user\": …, \"roles\": […], \"units\": […]}");
        }
        List<String> names = new ArrayList<>(body.roles());
        if (body.units() != null) {
            names.addAll(body.units());
        }
        String password = apply(() -> admin().add(security.getUserPrincipal().getName(), body.user(), names, null));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("user", body.user());
        m.put("rolesAndUnits", names);
        m.put("password", password);
        return Response.status(Response.Status.CREATED).entity(m).build();
    }

    @POST
    @Path("{user}/disable")
    public Map<String, Object> disable(@PathParam("user") String user, @Context SecurityContext security) {
        apply(() -> {
            admin().enable(security.getUserPrincipal().getName(), user, false);
            logins.forget(user);
            return null;
        });
        return Map.of("user", user, "enabled", false);
    }

    @POST
    @Path("{user}/enable")
    public Map<String, Object> enable(@PathParam("user") String user, @Context SecurityContext security) {
        apply(() -> {
            admin().enable(security.getUserPrincipal().getName(), user, true);
            logins.forget(user);
            return null;
        });
        return Map.of("user", user, "enabled", true);
    }

    @POST
    @Path("{user}/password-reset")
    public Map<String, Object> reset(@PathParam("user") String user, @Context SecurityContext security) {
        String password = apply(() -> admin().resetPassword(security.getUserPrincipal().getName(), user, null));
        logins.forget(user);
        return Map.of("user", user, "password", password);
    }

    /** Any account sets its own password (a generated one must be replaced before anything else works). */
    @POST
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.APPLICANT, Role.CLERK, Role.REVIEWER, Role.AGENT, Role.AGENCY, Role.SUPERVISOR, Role.OPS, Role.NODE, Role.TABLET})
    public Map<String, Object> changeOwn(OwnPassword body, @Context SecurityContext security) {
        if (body == null || body.current() == null || body.password() == null) {
            throw ProblemException.badRequest("send {\"current\": …, \"password\": …}");
        }
        String user = security.getUserPrincipal().getName();
        apply(() -> {
            admin().changeOwn(user, body.current().toCharArray(), body.password().toCharArray());
            return null;
        });
        logins.forget(user);
        return Map.of("user", user, "changed", true);
    }

    private AccountAdmin admin() {
        return new AccountAdmin(logins.users(), audit);
    }

    /** What the account admin refuses is the request's fault, said with every reason: unknown is 404, the rest 400. */
    private static <T> T apply(java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (IllegalArgumentException e) {
            if (e.getMessage().startsWith("no account ")) {
                throw ProblemException.notFound(e.getMessage());
            }
            throw ProblemException.invalid("the account was not changed", List.of(e.getMessage().split("; ")));
        }
    }
}
