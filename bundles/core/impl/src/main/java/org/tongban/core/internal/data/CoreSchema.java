package org.tongban.core.internal.data;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.data.SchemaMigrations;

/** Present once core's own tables are migrated; core's stores reference it so they never start on a stale schema. */
@Component(service = CoreSchema.class)
public class CoreSchema {

    @Activate
    public CoreSchema(@Reference SchemaMigrations migrations) {
        migrations.migrate("core", CoreSchema.class.getClassLoader());
    }
}
