package org.tongban.intermediary;

import java.time.LocalDate;

/** A blacklist entry: the agency cannot register or be selected from {@code from} through {@code until} unless lifted. */
public record Blacklisting(long id, long agencyId, String reason, LocalDate from, LocalDate until, String listedBy,
                           LocalDate liftedOn, String liftedBy) {

    public boolean activeOn(LocalDate day) {
        return liftedOn == null && !day.isBefore(from) && !day.isAfter(until);
    }
}
