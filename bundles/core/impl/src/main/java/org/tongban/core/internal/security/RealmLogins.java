package org.tongban.core.internal.security;

import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.audit.AuditTrail;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.core.security.Logins;

/**
 * The node's one way into the realm, for REST (as {@link RealmLogins} itself) and for callers that do not come over
 * REST ({@link Logins}): one login cache and one count of failures, so guessing over either is slowed the same.
 * A lock is audited.
 */
@Component(service = {Logins.class, RealmLogins.class}, configurationPid = "org.tongban.security")
public class RealmLogins implements Logins {

    private static final Logger LOG = LoggerFactory.getLogger(RealmLogins.class);
    private final Authenticator authenticator;
    private final UsersFile users;
    private final Sessions sessions;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AuditTrail audit;

    @Activate
    public RealmLogins(SecurityConfig config) {
        LoginThrottle throttle = new LoginThrottle(config.maxFailures(), config.maxAddressFailures(), config.lockMinutes(),
                System::currentTimeMillis);
        this.authenticator = new Authenticator(TongbanRealm.NAME, config.cacheSeconds() * 1000L, System::currentTimeMillis, throttle,
                this::audited);
        this.users = new UsersFile(java.nio.file.Path.of(TongbanRealm.usersFile(config)));
        this.sessions = new Sessions(Math.max(1, config.sessionIdleMinutes()) * 60_000L, Math.max(1, config.sessionHours()) * 3_600_000L,
                System::currentTimeMillis);
    }

    /** The browser sessions opened by logins of this realm. */
    public Sessions sessions() {
        return sessions;
    }

    /**
     * The caller of a live session whose account is still enabled (the users file may have been edited by hand since
     * the login); the session ends otherwise.
     */
    public Optional<Sessions.Session> session(String id) {
        Optional<Sessions.Session> s = sessions.use(id);
        if (s.isPresent() && users.find(s.get().caller().user()).map(UsersFile.Entry::disabled).orElse(true)) {
            sessions.close(id);
            return Optional.empty();
        }
        return s;
    }

    public boolean mustChangePassword(String user) {
        return authenticator.mustChangePassword(user);
    }

    /** Forgets the user's remembered logins and ends their sessions, after a change to the account. */
    public void forget(String user) {
        authenticator.forget(user);
        sessions.closeAll(user);
    }

    /** The accounts of the realm, for ops' commands. */
    public UsersFile users() {
        return users;
    }

    /** Enabled accounts whose password is stored as the unsalted hash of earlier versions. */
    public java.util.List<String> weakAccounts() {
        return users.read().values().stream().filter(e -> !e.disabled() && PasswordHashes.isLegacy(e.hash()))
                .map(UsersFile.Entry::user).toList();
    }

    /** The caller, or empty when refused; {@link Authenticator.LockedOut} while locked. */
    public Optional<Caller> login(String user, char[] password, String address) {
        if (user == null || user.isBlank() || password == null) {
            return Optional.empty();
        }
        return authenticator.login(user, password, address);
    }

    @Override
    public Optional<Set<Role>> login(String user, char[] password) {
        try {
            return login(user, password, null).map(Caller::roles);
        } catch (Authenticator.LockedOut locked) {
            return Optional.empty();
        }
    }

    private void audited(LoginThrottle.Locked locked) {
        AuditTrail trail = audit;
        if (trail == null) {
            return;
        }
        try {
            trail.append(new AuditEntry("security", "node", "login.locked", locked.what().replaceFirst(" ", ":"),
                    "too many failed logins: locked until " + locked.until()));
        } catch (RuntimeException e) {
            LOG.warn("the lock of {} could not be audited: {}", locked.what(), e.toString());
        }
    }
}
