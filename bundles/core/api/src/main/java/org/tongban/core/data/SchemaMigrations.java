package org.tongban.core.data;

/**
 * Applies a capability's versioned SQL scripts to the node's datasource. Scripts live in the capability's bundle
 * under {@code db/migration/<capability>/V<n>__<description>.sql}; each capability keeps its own history table
 * ({@code <capability>_schema_history}), so capabilities migrate independently.
 */
public interface SchemaMigrations {

    /**
     * Migrates the capability's schema to its newest version; idempotent.
     *
     * @param capability short name, e.g. {@code intake}: names the script folder and the history table
     * @param loader     class loader of the bundle that ships the scripts
     * @return the number of scripts applied now
     */
    int migrate(String capability, ClassLoader loader);
}
