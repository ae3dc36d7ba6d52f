package org.tongban.intake.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.data.SchemaMigrations;

/** The intake schema, migrated once: the components that use its tables reference this service so it comes first. */
@Component(service = IntakeSchema.class)
public class IntakeSchema {

    @Activate
    public IntakeSchema(@Reference SchemaMigrations migrations) {
        migrations.migrate("intake", IntakeSchema.class.getClassLoader());
    }
}
