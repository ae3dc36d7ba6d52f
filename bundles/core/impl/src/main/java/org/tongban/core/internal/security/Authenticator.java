package org.tongban.core.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.security.Caller;

/**
 * Logs a user in against a JAAS realm and returns their roles. Successful logins are remembered briefly, keyed by
 * a hash of the credentials (never the password itself), so a burst of requests does not re-read the users file.
 */
public class Authenticator {

    private static final Logger LOG = LoggerFactory.getLogger(Authenticator.class);

    private record Cached(Caller caller, long expires) {
    }

    /** Refused without asking the realm: the account or the address is locked until then. */
    public static final class LockedOut extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Instant until;

        LockedOut(Instant until) {
            super("too many failed logins; try again after " + until);
            this.until = until;
        }

        public Instant until() {
            return until;
        }
    }

    private final String realm;
    private final long ttlMillis;
    private final LongSupplier millis;
    private final LoginThrottle throttle;
    private final Consumer<LoginThrottle.Locked> locks;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();
    /** Accounts that logged in with a generated password: they set their own before anything else. */
    private final java.util.Set<String> temporary = ConcurrentHashMap.newKeySet();

    public Authenticator(String realm, long ttlMillis, LongSupplier millis) {
        this(realm, ttlMillis, millis, new LoginThrottle(Integer.MAX_VALUE, Integer.MAX_VALUE, 1, millis), locked -> { });
    }

    public Authenticator(String realm, long ttlMillis, LongSupplier millis, LoginThrottle throttle,
                         Consumer<LoginThrottle.Locked> locks) {
        this.realm = realm;
        this.ttlMillis = ttlMillis;
        this.millis = millis;
        this.throttle = throttle;
        this.locks = locks;
    }

    /** The caller, or empty when the realm refuses the credentials. */
    public Optional<Caller> login(String user, char[] password) {
        return login(user, password, null);
    }

    /**
     * The caller, or empty when the realm refuses the credentials; {@link LockedOut} while the account or the
     * address ({@code null}: not known) is locked after too many failures.
     */
    public Optional<Caller> login(String user, char[] password, String address) {
        String key = key(user, password);
        long now = millis.getAsLong();
        Cached hit = cache.get(key);
        if (hit != null && hit.expires() > now) {
            return Optional.of(hit.caller());
        }
        Optional<Instant> locked = throttle.lockedUntil(user, address);
        if (locked.isPresent()) {
            throw new LockedOut(locked.get());
        }
        Subject subject = new Subject();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            // JAAS resolves login modules through the context class loader.
            Thread.currentThread().setContextClassLoader(Authenticator.class.getClassLoader());
            LoginContext lc = new LoginContext(realm, subject, callbacks -> {
                for (var cb : callbacks) {
                    if (cb instanceof NameCallback n) {
                        n.setName(user);
                    } else if (cb instanceof PasswordCallback p) {
                        p.setPassword(password);
                    } else {
                        throw new UnsupportedCallbackException(cb);
                    }
                }
            });
            lc.login();
        } catch (LoginException e) {
            cache.remove(key);
            LOG.warn("login of user '{}' to realm {} refused: {}", user, realm, e.getMessage());
            throttle.failed(user, address).ifPresent(l -> {
                LOG.warn("{} locked until {} after repeated failed logins", l.what(), l.until());
                locks.accept(l);
            });
            return Optional.empty();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        throttle.succeeded(user);
        Set<String> names = roles(subject);
        if (names.contains("password:temporary")) {
            temporary.add(user);
        } else {
            temporary.remove(user);
        }
        Caller caller = Caller.fromRealm(user, names);
        if (cache.size() > 10_000) {
            cache.clear();
        }
        cache.put(key, new Cached(caller, now + ttlMillis));
        return Optional.of(caller);
    }

    /** Whether the user logged in with a generated password not yet replaced by their own. */
    public boolean mustChangePassword(String user) {
        return temporary.contains(user);
    }

    /** Forgets the user's remembered logins (their password or state changed). */
    public void forget(String user) {
        cache.entrySet().removeIf(e -> e.getValue().caller().user().equals(user));
        temporary.remove(user);
    }

    /** Role principals of the subject, roles and units (Karaf's RolePrincipal, matched by name so no Karaf type is needed). */
    static Set<String> roles(Subject subject) {
        return subject.getPrincipals().stream()
                .filter(p -> p.getClass().getSimpleName().equals("RolePrincipal"))
                .map(Principal::getName)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String key(String user, char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(user.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
