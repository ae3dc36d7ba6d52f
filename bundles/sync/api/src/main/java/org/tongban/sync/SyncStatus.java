package org.tongban.sync;

import java.time.Instant;

/**
 * The upstream link as ops see it: where it goes, events waiting, delivered since start, dead letters, the last
 * delivery and the last failure (with how many attempts in a row have failed: the back-off grows with them), and
 * when the parent's catalogue was last pulled.
 */
public record SyncStatus(String upstream, boolean running, long pending, long deliveredSinceStart, long deadLetters,
                         Instant lastDelivery, String lastError, Instant lastErrorAt, int failuresInARow,
                         Instant lastCatalogPull) {
}
