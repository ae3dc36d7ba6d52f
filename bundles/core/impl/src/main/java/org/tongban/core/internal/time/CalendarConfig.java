package org.tongban.core.internal.time;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Tongban calendar", description = "Where ops keep the yearly official calendar files (YYYY.cal).")
public @interface CalendarConfig {

    @AttributeDefinition(description = "Folder of YYYY.cal files; empty means ${karaf.etc}/tongban/calendar")
    String directory() default "";

    @AttributeDefinition(description = "Seconds between checks of the folder for edited files")
    int recheckSeconds() default 2;
}
