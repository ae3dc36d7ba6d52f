package org.tongban.intermediary;

import java.math.BigDecimal;
import java.time.Instant;

/** An agency's registration for a project; {@code bid} and {@code proposal} are null for whoever may not see them yet. */
public record Registration(long id, long projectId, long agencyId, String agencyName, BigDecimal bid, String proposal,
                           Instant registeredAt) {
}
