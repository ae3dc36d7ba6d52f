package org.tongban.supervision.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Tongban e-supervision", description = "Thresholds and schedule of the deadline scan (PID org.tongban.supervision).")
public @interface SupervisionConfig {

    @AttributeDefinition(description = "Warn this many working days before a due date (0: on the day only)")
    int warnDays() default 2;

    @AttributeDefinition(description = "Working days overdue that draw a yellow card")
    int yellowAfter() default 1;

    @AttributeDefinition(description = "Working days overdue that draw a red card (more than yellowAfter)")
    int redAfter() default 2;

    @AttributeDefinition(description = "Minutes between scheduled scans (0: only on demand)")
    int scanIntervalMinutes() default 10;
}
