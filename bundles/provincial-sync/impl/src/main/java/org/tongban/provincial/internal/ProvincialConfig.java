package org.tongban.provincial.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Tongban provincial hub link", description = "The city's link to the provincial hub (PID org.tongban.provincial).")
public @interface ProvincialConfig {

    @AttributeDefinition(description = "The hub's base URL; empty means the node's upstream (a city's upstream is the hub)")
    String hubUrl() default "";

    @AttributeDefinition(description = "Path of the hub's data-set endpoint")
    String datasetsPath() default "/api/v1/hub/datasets";

    @AttributeDefinition(description = "Path of the hub's catalogue (tongban-catalog/1 document)")
    String cataloguePath() default "/api/v1/hub/catalogue";

    @AttributeDefinition(description = "This city's user at the hub")
    String user() default "";

    @AttributeDefinition(description = "Its password", type = AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(description = "The mapping to the hub's format (a HubMapping's format)")
    String format() default "gbt39046-json/1";

    @AttributeDefinition(description = "Events per request")
    int batchSize() default 200;

    @AttributeDefinition(description = "Milliseconds between looks at the outbox when it is empty")
    long periodMillis() default 1000;

    @AttributeDefinition(description = "First wait after a failed delivery, in milliseconds; it doubles with each failure")
    long initialBackoffMillis() default 1000;

    @AttributeDefinition(description = "Longest wait between attempts, in milliseconds")
    long maxBackoffMillis() default 60000;

    @AttributeDefinition(description = "Seconds between pulls of the hub's catalogue (0: never)")
    long catalogPullSeconds() default 3600;
}
