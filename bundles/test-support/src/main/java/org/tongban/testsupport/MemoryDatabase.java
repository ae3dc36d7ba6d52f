package org.tongban.testsupport;

import java.util.UUID;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;

/** A fresh in-memory Derby per call, migrated by each capability's own Flyway scripts, as a node migrates it. */
public final class MemoryDatabase {

    static {
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    private MemoryDatabase() {
    }

    /**
     * A new database with the given capabilities' schemas, each named as its bundle names it: {@code "intake"} runs
     * {@code classpath:db/migration/intake} with the history table {@code intake_schema_history}.
     */
    public static DataSource migrated(String... capabilities) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        for (String capability : capabilities) {
            migrate(ds, capability, MemoryDatabase.class.getClassLoader());
        }
        return ds;
    }

    /**
     * Migrates one capability's schema on a database made here, with the scripts the loader sees; the shape of core's
     * {@code SchemaMigrations}, for a component that migrates its own schema when it starts.
     *
     * @return the number of scripts applied now
     */
    public static int migrate(DataSource ds, String capability, ClassLoader loader) {
        return Flyway.configure(loader).dataSource(ds).locations("classpath:db/migration/" + capability)
                .table(capability + "_schema_history").load().migrate().migrationsExecuted;
    }
}
