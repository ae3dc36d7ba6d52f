package org.tongban.core.internal.security;

import java.util.HashMap;
import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The {@code tongban} JAAS realm, declared as a DS service instead of Blueprint: its own login module over the users
 * file with salted password hashes ({@link TongbanLoginModule}). Karaf's JAAS configuration finds realms by this
 * service interface.
 */
@Component(service = JaasRealm.class, configurationPid = "org.tongban.security")
@Designate(ocd = SecurityConfig.class)
public class TongbanRealm implements JaasRealm {

    public static final String NAME = "tongban";

    private AppConfigurationEntry[] entries;

    @Activate
    void activate(BundleContext context, SecurityConfig config) {
        Map<String, Object> options = new HashMap<>();
        options.put(BundleContext.class.getName(), context);
        options.put(ProxyLoginModule.PROPERTY_MODULE, TongbanLoginModule.class.getName());
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()));
        options.put(TongbanLoginModule.USERS, usersFile(config));
        entries = new AppConfigurationEntry[] {
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, options)
        };
    }

    static String usersFile(SecurityConfig config) {
        return config.usersFile().isBlank()
                ? System.getProperty("karaf.etc", "etc") + "/tongban-users.properties" : config.usersFile();
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return 0;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries.clone();
    }
}
