package org.tongban.intake;

import java.time.Instant;

/** One step of a case's history, from its audit trail. */
public record TimelineEntry(Instant at, String action, String actor, String role, String detail) {
}
