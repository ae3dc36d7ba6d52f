package org.tongban.core.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Principal;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.core.internal.security.Authenticator;

/** Authenticator against a real JAAS login (a test realm), including its short-lived cache. */
class AuthenticatorTest {

    static final AtomicInteger LOGINS = new AtomicInteger();

    /** Karaf's role principal is recognised by its simple class name. */
    public record RolePrincipal(String getName) implements Principal {
    }

    public static class TestLoginModule implements LoginModule {
        private Subject subject;
        private CallbackHandler handler;

        @Override
        public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> shared, Map<String, ?> options) {
            this.subject = subject;
            this.handler = handler;
        }

        @Override
        public boolean login() throws LoginException {
            LOGINS.incrementAndGet();
            NameCallback name = new NameCallback("user");
            PasswordCallback password = new PasswordCallback("password", false);
            try {
                handler.handle(new Callback[] {name, password});
            } catch (Exception e) {
                throw new LoginException(e.getMessage());
            }
            if (!"clerk".equals(name.getName()) || !"secret".equals(new String(password.getPassword()))) {
                throw new FailedLoginException("no");
            }
            subject.getPrincipals().add(new RolePrincipal("clerk"));
            return true;
        }

        @Override
        public boolean commit() {
            return true;
        }

        @Override
        public boolean abort() {
            return true;
        }

        @Override
        public boolean logout() {
            return true;
        }
    }

    private Configuration previous;
    private final AtomicLong now = new AtomicLong(1_000);
    private final Authenticator authenticator = new Authenticator("test-realm", 30_000, now::get);

    @BeforeEach
    void realm() {
        previous = Configuration.getConfiguration();
        Configuration.setConfiguration(new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                return "test-realm".equals(name) ? new AppConfigurationEntry[] {new AppConfigurationEntry(TestLoginModule.class.getName(),
                        AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, Map.of())} : null;
            }
        });
        LOGINS.set(0);
    }

    @AfterEach
    void restore() {
        Configuration.setConfiguration(previous);
    }

    @Test
    void goodCredentialsGiveTheRoles() {
        assertEquals(Set.of(org.tongban.core.rest.Role.CLERK), authenticator.login("clerk", "secret".toCharArray()).orElseThrow().roles());
    }

    @Test
    void wrongPasswordIsRefused() {
        assertTrue(authenticator.login("clerk", "guess".toCharArray()).isEmpty());
        assertTrue(authenticator.login("nobody", "secret".toCharArray()).isEmpty());
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPasswordUntilThePeriodEnds() {
        java.util.List<org.tongban.core.internal.security.LoginThrottle.Locked> locks = new java.util.ArrayList<>();
        Authenticator guarded = new Authenticator("test-realm", 30_000, now::get,
                new org.tongban.core.internal.security.LoginThrottle(2, 10, 15, now::get), locks::add);
        assertTrue(guarded.login("clerk", "guess1".toCharArray(), "10.0.0.1").isEmpty());
        assertTrue(guarded.login("clerk", "guess2".toCharArray(), "10.0.0.1").isEmpty());
        assertEquals(1, locks.size(), "the lock is reported (audited)");
        org.junit.jupiter.api.Assertions.assertThrows(Authenticator.LockedOut.class,
                () -> guarded.login("clerk", "secret".toCharArray(), "10.0.0.2"));
        int before = LOGINS.get();
        now.addAndGet(15 * 60_000 + 1);
        assertTrue(guarded.login("clerk", "secret".toCharArray(), "10.0.0.2").isPresent());
        assertEquals(before + 1, LOGINS.get(), "while locked the realm was not even asked");
    }

    @Test
    void successIsRememberedForItsTtlOnly() {
        authenticator.login("clerk", "secret".toCharArray());
        authenticator.login("clerk", "secret".toCharArray());
        assertEquals(1, LOGINS.get());
        now.addAndGet(30_001);
        authenticator.login("clerk", "secret".toCharArray());
        assertEquals(2, LOGINS.get());
        assertTrue(authenticator.login("clerk", "other".toCharArray()).isEmpty(), "the cache is keyed by the password too");
    }
}
