package org.tongban.provincial;

import java.time.Instant;

/** A record the hub refused, with its reason: kept for ops, who fix the cause and send the event again. */
public record RejectedRecord(String recordId, String eventId, HubDataset dataset, String caseNumber, String reason, Instant at) {
}
