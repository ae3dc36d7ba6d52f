package org.tongban.core.outbox;

import java.time.Instant;

/**
 * A domain event waiting for (or done with) delivery upstream. Events of one subject are numbered 1, 2, 3…
 * ({@code subjectSeq}) so a receiver applies them in order; {@code id} lets it de-duplicate.
 */
public record OutboxEvent(String id, String originNode, String subject, long subjectSeq, String type,
                          int payloadVersion, String payload, Instant created, Instant delivered) {
}
