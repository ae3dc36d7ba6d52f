package org.tongban.core.audit;

import java.time.Instant;

/** One stored audit record; {@code hash} covers every field and {@code previousHash}, chaining the trail. */
public record AuditRecord(long seq, Instant at, String node, String actor, String role, String action, String subject,
                          String detail, String previousHash, String hash) {
}
