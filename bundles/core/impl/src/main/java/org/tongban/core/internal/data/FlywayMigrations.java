package org.tongban.core.internal.data;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.tongban.core.data.DataAccessException;

/** Flyway per capability: scripts under db/migration/&lt;capability&gt;, history in &lt;capability&gt;_schema_history. */
public final class FlywayMigrations {

    private FlywayMigrations() {
    }

    public static int migrate(DataSource dataSource, String capability, ClassLoader loader) {
        if (!capability.matches("[a-z][a-z0-9_]{1,30}")) {
            throw new IllegalArgumentException("capability name must be lower-case letters, digits or '_': " + capability);
        }
        try {
            return Flyway.configure(loader)
                    .dataSource(dataSource)
                    .locations("classpath:db/migration/" + capability)
                    .table(capability + "_schema_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate()
                    .migrationsExecuted;
        } catch (FlywayException e) {
            throw new DataAccessException("schema migration of " + capability + " failed: " + e.getMessage(), e);
        }
    }
}
