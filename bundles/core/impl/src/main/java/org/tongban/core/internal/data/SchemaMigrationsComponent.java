package org.tongban.core.internal.data;

import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.data.SchemaMigrations;

/** Applies each capability's scripts when the capability asks, typically from its store's activation. */
@Component(service = SchemaMigrations.class)
public class SchemaMigrationsComponent implements SchemaMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrationsComponent.class);
    private final DataSource dataSource;

    @Activate
    public SchemaMigrationsComponent(@Reference(name = "datasource", target = "(dataSourceName=tongban)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public int migrate(String capability, ClassLoader loader) {
        int applied = FlywayMigrations.migrate(dataSource, capability, loader);
        LOG.info("schema of {}: {} migration(s) applied", capability, applied);
        return applied;
    }
}
