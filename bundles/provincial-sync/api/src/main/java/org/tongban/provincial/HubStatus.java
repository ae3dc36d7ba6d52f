package org.tongban.provincial;

import java.time.Instant;

/** The link to the hub as ops see it. */
public record HubStatus(String hubUrl, String format, boolean running, long pendingEvents, long recordsDelivered,
                        long rejectedRecords, Instant lastDelivery, String lastError, Instant lastErrorAt, int failuresInARow, Instant lastCataloguePull) {
}
