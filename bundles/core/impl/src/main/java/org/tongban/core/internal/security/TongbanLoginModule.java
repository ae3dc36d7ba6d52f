package org.tongban.core.internal.security;

import java.nio.file.Path;
import java.security.Principal;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/**
 * The {@code tongban} realm's login module: accounts of the users file, salted PBKDF2 hashes (older unsalted SHA-256
 * ones still verify), disabled accounts refused; the roles and units of the account become role principals. The
 * same answer for an unknown user and a wrong password, after the same work.
 */
public class TongbanLoginModule implements LoginModule {

    static final String USERS = "users";

    private Subject subject;
    private CallbackHandler handler;
    private UsersFile file;
    private final Set<Principal> principals = new HashSet<>();

    @Override
    public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> sharedState, Map<String, ?> options) {
        this.subject = subject;
        this.handler = handler;
        this.file = new UsersFile(Path.of(String.valueOf(options.get(USERS))));
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("user: ");
        PasswordCallback password = new PasswordCallback("password: ", false);
        try {
            handler.handle(new Callback[] {name, password});
        } catch (Exception e) {
            throw new LoginException("credentials could not be read: " + e.getMessage());
        }
        char[] secret = password.getPassword() == null ? new char[0] : password.getPassword();
        String user = name.getName() == null ? "" : name.getName();
        Optional<UsersFile.Entry> entry = file.find(user);
        boolean ok = PasswordHashes.matches(entry.map(UsersFile.Entry::hash).orElse(null), secret);
        if (!ok || entry.get().disabled()) {
            throw new FailedLoginException("login refused");
        }
        principals.clear();
        principals.add(new UserPrincipal(user));
        entry.get().names().forEach(n -> principals.add(new RolePrincipal(n)));
        return true;
    }

    @Override
    public boolean commit() {
        subject.getPrincipals().addAll(principals);
        return true;
    }

    @Override
    public boolean abort() {
        principals.clear();
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(principals);
        principals.clear();
        return true;
    }
}
