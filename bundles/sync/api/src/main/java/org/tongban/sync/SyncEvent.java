package org.tongban.sync;

import java.time.Instant;

/**
 * An outbox event on the wire between nodes: its id (the receiver de-duplicates by it), the node where it happened,
 * its subject and number within that subject at that node, type, payload version and JSON payload.
 */
public record SyncEvent(String id, String originNode, String subject, long subjectSeq, String type, int payloadVersion,
                        String payload, Instant created) {
}
