package org.tongban.intermediary;

import java.time.Instant;

/** An owner's record for supervision: projects posted, and how many of them it cancelled after their selection, the last when. */
public record OwnerRecord(String ownerCreditCode, String ownerName, int projects, int cancelledAfterSelection,
                          Instant lastCancelledAfterSelection) {
}
