package org.tongban.core.internal.security;

import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Logins;

/** The realm REST authenticates against, offered as a service; logins are remembered as long as REST remembers them. */
@Component(service = Logins.class, configurationPid = "org.tongban.security")
public class RealmLogins implements Logins {

    private final Authenticator authenticator;

    @Activate
    public RealmLogins(SecurityConfig config) {
        this.authenticator = new Authenticator(TongbanRealm.NAME, config.cacheSeconds() * 1000L, System::currentTimeMillis);
    }

    @Override
    public Optional<Set<Role>> login(String user, char[] password) {
        if (user == null || user.isBlank() || password == null) {
            return Optional.empty();
        }
        return authenticator.login(user, password).map(caller -> caller.roles());
    }
}
