package org.tongban.sync.jms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import javax.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/** The broker's connection factory: published under the name the sync routes look for, built from the configuration. */
class BrokerConnectionTest {

    private final List<Object[]> registered = new ArrayList<>();
    private final List<String> unregistered = new ArrayList<>();

    /** A bundle context at the edge of the test: it records what is registered and unregistered. */
    private final BundleContext context = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {BundleContext.class}, (p, m, args) -> {
                if (m.getName().equals("registerService")) {
                    registered.add(args);
                    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ServiceRegistration.class},
                            (r, rm, rargs) -> {
                                if (rm.getName().equals("unregister")) {
                                    unregistered.add(String.valueOf(args[0]));
                                }
                                return null;
                            });
                }
                throw new UnsupportedOperationException(m.getName());
            });

    @Test
    void theFactoryIsPublishedUnderTheRoutesNameWithTheConfiguredCredentials() throws Exception {
        BrokerConnection connection = new BrokerConnection(context, v -> v, config(" tcp://broker.example:61616 ", "township-1", "secret"));
        assertEquals(1, registered.size());
        assertEquals(ConnectionFactory.class, registered.get(0)[0]);
        ActiveMQConnectionFactory factory = (ActiveMQConnectionFactory) registered.get(0)[1];
        assertEquals("township-1", factory.getUser());
        assertEquals("secret", factory.getPassword());
        assertTrue(factory.toURI().toString().startsWith("tcp://broker.example:61616"), factory.toURI().toString());
        Dictionary<?, ?> props = (Dictionary<?, ?>) registered.get(0)[2];
        assertEquals("tongban-broker", props.get("name"));
        connection.deactivate();
        assertEquals(List.of(String.valueOf(ConnectionFactory.class)), unregistered);
    }

    @Test
    void withoutAUserTheBrokerIsAskedAnonymously() {
        new BrokerConnection(context, v -> v, config("tcp://127.0.0.1:61616", "", ""));
        ActiveMQConnectionFactory factory = (ActiveMQConnectionFactory) registered.get(0)[1];
        assertEquals(null, factory.getUser());
    }

    @Test
    void aConfigurationWithoutUrlIsRefusedAndPublishesNothing() {
        assertThrows(IllegalArgumentException.class, () -> new BrokerConnection(context, v -> v, config(" ", "", "")));
        assertTrue(registered.isEmpty());
    }

    private static BrokerConfig config(String url, String user, String password) {
        Map<String, String> values = Map.of("url", url, "user", user, "password", password);
        return (BrokerConfig) Proxy.newProxyInstance(BrokerConfig.class.getClassLoader(), new Class<?>[] {BrokerConfig.class},
                (p, m, args) -> values.get(m.getName()));
    }
}
