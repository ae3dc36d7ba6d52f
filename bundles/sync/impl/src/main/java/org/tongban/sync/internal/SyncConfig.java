package org.tongban.sync.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Tongban sync", description = "The link to the parent node (PID org.tongban.sync).")
public @interface SyncConfig {

    @AttributeDefinition(description = "The parent's base URL, e.g. http://county.example:8181, or its queue on a broker, e.g. "
            + "jms:queue:tongban.sync.county-370783 (feature tongban-sync-jms); empty means the node's upstream")
    String upstream() default "";

    @AttributeDefinition(description = "Where children deliver through a broker, besides HTTP: a jms: endpoint, e.g. "
            + "jms:queue:tongban.sync.county-370783 (feature tongban-sync-jms); empty: HTTP only")
    String inbound() default "";

    @AttributeDefinition(description = "This node's user at the parent (a user with the node role there)")
    String user() default "";

    @AttributeDefinition(description = "Its password", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(description = "Events per request (fewer on a poor line: a failed request is sent again whole)")
    int batchSize() default 500;

    @AttributeDefinition(description = "Milliseconds between looks at the outbox when it is empty")
    long periodMillis() default 1000;

    @AttributeDefinition(description = "First wait after a failed delivery, in milliseconds; it doubles with each failure")
    long initialBackoffMillis() default 1000;

    @AttributeDefinition(description = "Longest wait between attempts, in milliseconds")
    long maxBackoffMillis() default 60000;

    @AttributeDefinition(description = "Seconds between pulls of the parent's catalogue (0: never)")
    long catalogPullSeconds() default 3600;
}
