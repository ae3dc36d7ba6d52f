package org.tongban.surrogate;

import java.time.Instant;

/**
 * A free service given on a case: what, how many (pages copied, items mailed), the detail (for mail the carrier and
 * tracking number), who recorded it and when.
 */
public record FreeService(FreeServiceKind kind, int quantity, String detail, String recordedBy, Instant at) {
}
