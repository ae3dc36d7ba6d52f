package org.tongban.catalog;

import java.util.List;
import java.util.Optional;

/** The node's catalogue of service items. */
public interface Catalog {

    /** The current version of an item. */
    Optional<VersionedItem> current(String implementationCode);

    /** A given version of an item, as a case accepted under it sees it. */
    Optional<VersionedItem> version(String implementationCode, int version);

    /** Every version of an item, oldest first. */
    List<VersionedItem> history(String implementationCode);

    /** Current versions matching the query, ordered by name. */
    List<VersionedItem> search(ItemQuery query);

    /**
     * Publishes items: each valid one becomes a new version when its content differs from the current one; invalid
     * ones are rejected with every fault, and the rest still go in. Each change is audited and sent upstream.
     */
    ImportReport publish(List<ServiceItem> items, String actor);

    /** Number of items in the catalogue. */
    int size();
}
