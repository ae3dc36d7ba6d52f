package org.tongban.core.internal.rest;

import org.tongban.core.fault.Fault;
import java.util.ArrayList;
import java.util.List;
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

    /** An account as ops sees it (never its hash); {@code weakHash} marks a legacy hash to replace. */
    public record Account(String user, boolean enabled, boolean weakHash, List<String> rolesAndUnits) {
    }

    /** A new account or a reset password: shown once, here, and nowhere else. */
    public record IssuedPassword(String user, List<String> rolesAndUnits, String password) {
    }

    /** An account switched on or off. */
    public record Enabled(String user, boolean enabled) {
    }

    /** One's own password changed. */
    public record Changed(String user, boolean changed) {
    }

    @GET
    public List<Account> list() {
        return admin().list().stream().map(e -> new Account(e.user(), !e.disabled(), PasswordHashes.isLegacy(e.hash()),
                List.copyOf(e.names()))).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @org.tongban.core.rest.Answers(value = IssuedPassword.class, status = 201)
    public Response add(NewAccount body, @Context SecurityContext security) {
        if (body == null || body.roles() == null) {
            throw Fault.invalid("send {\"user\": …, \"roles\": […], \"units\": […]}");
        }
        List<String> names = new ArrayList<>(body.roles());
        if (body.units() != null) {
            names.addAll(body.units());
        }
        String password = apply(() -> admin().add(security.getUserPrincipal().getName(), body.user(), names, null));
        return Response.status(Response.Status.CREATED).entity(new IssuedPassword(body.user(), names, password)).build();
    }

    @POST
    @Path("{user}/disable")
    public Enabled disable(@PathParam("user") String user, @Context SecurityContext security) {
        apply(() -> {
            admin().enable(security.getUserPrincipal().getName(), user, false);
            logins.forget(user);
            return null;
        });
        return new Enabled(user, false);
    }

    @POST
    @Path("{user}/enable")
    public Enabled enable(@PathParam("user") String user, @Context SecurityContext security) {
        apply(() -> {
            admin().enable(security.getUserPrincipal().getName(), user, true);
            logins.forget(user);
            return null;
        });
        return new Enabled(user, true);
    }

    @POST
    @Path("{user}/password-reset")
    public IssuedPassword reset(@PathParam("user") String user, @Context SecurityContext security) {
        String password = apply(() -> admin().resetPassword(security.getUserPrincipal().getName(), user, null));
        logins.forget(user);
        return new IssuedPassword(user, null, password);
    }

    /** Any account sets its own password (a generated one must be replaced before anything else works). */
    @POST
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.APPLICANT, Role.CLERK, Role.REVIEWER, Role.AGENT, Role.AGENCY, Role.SUPERVISOR, Role.OPS, Role.NODE, Role.TABLET})
    public Changed changeOwn(OwnPassword body, @Context SecurityContext security) {
        if (body == null || body.current() == null || body.password() == null) {
            throw Fault.invalid("send {\"current\": …, \"password\": …}");
        }
        String user = security.getUserPrincipal().getName();
        apply(() -> {
            admin().changeOwn(user, body.current().toCharArray(), body.password().toCharArray());
            return null;
        });
        logins.forget(user);
        return new Changed(user, true);
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
                throw Fault.notFound(e.getMessage());
            }
            throw Fault.invalid("the account was not changed", List.of(e.getMessage().split("; ")));
        }
    }
}
