package org.tongban.core.internal.time;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Tongban clock", description = "The node's time zone and an offset from system time (drills and tests).")
public @interface ClockConfig {

    @AttributeDefinition(description = "Time zone of the node's working days")
    String zone() default "Asia/Shanghai";

    @AttributeDefinition(description = "ISO-8601 duration added to system time, e.g. P3D; PT0S on a real node")
    String offset() default "PT0S";
}
