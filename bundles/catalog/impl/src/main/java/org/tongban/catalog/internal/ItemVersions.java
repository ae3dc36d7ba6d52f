package org.tongban.catalog.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.tongban.catalog.VersionedItem;

/**
 * Published item versions, read and parsed once: a version is only ever inserted, never changed, so once committed it
 * can be kept. Which version is current is still read each time (one key lookup), so a publication is seen at once.
 * Use it with connections that see committed rows only (not inside a publishing transaction).
 */
final class ItemVersions {

    /** Versions kept at most; beyond that the cache starts over (a township's catalogue holds a few hundred items). */
    static final int MAX = 4096;

    private final Map<String, VersionedItem> byKey = new ConcurrentHashMap<>();

    Optional<VersionedItem> current(Connection c, String code) throws SQLException {
        OptionalInt version = CatalogStore.currentVersion(c, code);
        return version.isEmpty() ? Optional.empty() : version(c, code, version.getAsInt());
    }

    Optional<VersionedItem> version(Connection c, String code, int version) throws SQLException {
        String key = code + '\n' + version;
        VersionedItem kept = byKey.get(key);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<VersionedItem> read = CatalogStore.version(c, code, version);
        read.ifPresent(v -> {
            if (byKey.size() >= MAX) {
                byKey.clear();
            }
            byKey.put(key, v);
        });
        return read;
    }
}
