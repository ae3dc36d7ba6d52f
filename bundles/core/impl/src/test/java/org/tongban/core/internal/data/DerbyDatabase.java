package org.tongban.core.internal.data;

import java.util.UUID;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;

/** A fresh in-memory Derby database per test, migrated with core's real scripts. */
public final class DerbyDatabase {

    static {
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    private DerbyDatabase() {
    }

    public static DataSource empty() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        return ds;
    }

    public static DataSource withCoreSchema() {
        DataSource ds = empty();
        FlywayMigrations.migrate(ds, "core", DerbyDatabase.class.getClassLoader());
        return ds;
    }
}
