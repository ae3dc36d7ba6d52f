package org.tongban.sync;

import java.time.Instant;

/** An event the parent rejected as invalid, with its reason; ops retry it (after a fix) or discard it. */
public record DeadLetter(String eventId, String originNode, String subject, String type, String reason, Instant at) {
}
