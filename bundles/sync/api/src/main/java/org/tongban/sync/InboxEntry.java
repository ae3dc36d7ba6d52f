package org.tongban.sync;

import java.time.Instant;

/** An event received from a child node: from which child, where it happened, and when it arrived here. */
public record InboxEntry(String eventId, String originNode, String receivedFrom, String subject, long subjectSeq, String type,
                         Instant receivedAt) {
}
