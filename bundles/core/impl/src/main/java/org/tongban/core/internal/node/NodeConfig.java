package org.tongban.core.internal.node;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Tongban node", description = "Who this node is and where it reports (written by bin/tongban init).")
public @interface NodeConfig {

    @AttributeDefinition(description = "Node id, unique in the province, e.g. shouguang-wenjia")
    String id();

    @AttributeDefinition(description = "Level: city, county, township or village")
    String level();

    @AttributeDefinition(description = "Division code: 6 digits (city, county), 9 (township) or 12 (village)")
    String divisionCode();

    @AttributeDefinition(description = "Name of the service centre")
    String name();

    @AttributeDefinition(description = "Base URL of the parent node (or the provincial hub for a city); empty for none", required = false)
    String upstream() default "";

    @AttributeDefinition(description = "Load demo data (the out-of-the-box demo city node)")
    boolean demo() default false;
}
