package org.tongban.sync.jms;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Tongban sync broker",
        description = "The ActiveMQ Artemis broker sync routes use when their endpoint is a jms: URI (PID org.tongban.sync.broker).")
public @interface BrokerConfig {

    @AttributeDefinition(description = "The broker's URL, e.g. tcp://broker.example:61616 (Artemis core protocol); "
            + "reconnect options may follow, e.g. ?reconnectAttempts=-1")
    String url();

    @AttributeDefinition(description = "This node's user at the broker (empty: none)")
    String user() default "";

    @AttributeDefinition(description = "Its password", type = AttributeType.PASSWORD)
    String password() default "";
}
