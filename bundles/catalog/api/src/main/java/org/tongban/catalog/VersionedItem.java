package org.tongban.catalog;

import java.time.Instant;

/** One published version of an item; a case pins the version it was accepted under. */
public record VersionedItem(ServiceItem item, int version, Instant publishedAt, String publishedBy) {
}
