package org.tongban.core.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The node's clock: every capability asks it for "now", so tests (and drills) can move time. */
public interface TongbanClock {

    /** The current clock, possibly offset from system time by configuration. */
    Clock clock();

    default Instant now() {
        return clock().instant();
    }

    default LocalDate today() {
        return LocalDate.now(clock());
    }

    default ZoneId zone() {
        return clock().getZone();
    }
}
