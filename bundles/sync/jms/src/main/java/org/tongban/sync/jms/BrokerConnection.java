package org.tongban.sync.jms;

import java.util.Hashtable;
import javax.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a JMS connection factory for the configured broker as an OSGi service named {@value #NAME}. Camel's JMS
 * component in the sync routes finds it in the registry, so the routes themselves know nothing of the broker: moving a
 * link onto a broker is etc/org.tongban.sync.broker.cfg plus a {@code jms:} endpoint in etc/org.tongban.sync.cfg.
 * Registered by hand rather than as the component's service because the factory is built from the configuration.
 */
@Component(configurationPid = "org.tongban.sync.broker", configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = BrokerConfig.class)
public class BrokerConnection {

    /** The registry name the sync routes' endpoints refer to ({@code connectionFactory=#tongban-broker}). */
    public static final String NAME = "tongban-broker";

    private static final Logger LOG = LoggerFactory.getLogger(BrokerConnection.class);

    private final ActiveMQConnectionFactory factory;
    private final ServiceRegistration<ConnectionFactory> registration;

    @Activate
    public BrokerConnection(BundleContext context, @org.osgi.service.component.annotations.Reference
            org.tongban.core.security.Secrets secrets, BrokerConfig config) {
        if (config.url() == null || config.url().isBlank()) {
            throw new IllegalArgumentException("org.tongban.sync.broker: url is required");
        }
        factory = new ActiveMQConnectionFactory(config.url().trim());
        if (!config.user().isBlank()) {
            factory.setUser(config.user());
            factory.setPassword(secrets.resolve(config.password()));
        }
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("name", NAME);
        props.put("osgi.jndi.service.name", NAME);
        registration = context.registerService(ConnectionFactory.class, factory, props);
        LOG.info("sync broker: {} as '{}'", config.url().replaceAll("//[^@/]*@", "//***@"), NAME);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
        factory.close();
    }
}
