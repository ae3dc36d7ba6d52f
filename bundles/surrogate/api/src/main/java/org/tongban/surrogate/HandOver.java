package org.tongban.surrogate;

import java.time.Instant;

/** One recorded transfer: the step, what changed hands, from whom to whom, who recorded it and when, the receipt. */
public record HandOver(HandOverStep step, String items, String fromParty, String toParty, String recordedBy, Instant at,
                       String receiptRef) {
}
