package org.tongban.intermediary.internal;

import org.tongban.core.fault.Fault;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.tongban.core.calendar.WorkingDayCalendar;

/**
 * The legal minimum of a project's publication: its registration window stays open for at least {@code minimum} whole
 * working days after the day of posting, which itself does not count (as for every time limit, art. 82). Counted on
 * the node's working-day calendar; a provisional year counts by the statutory rules, never refused.
 */
final class Publication {

    static final String PROBLEM = "publication-too-short";

    private Publication() {
    }

    /** The earliest instant the window may close: the start of the day after the last of the minimum working days. */
    static Instant earliestClose(WorkingDayCalendar calendar, ZoneId zone, Instant postedAt, int minimum) {
        if (minimum <= 0) {
            return postedAt;
        }
        LocalDate posted = LocalDate.ofInstant(postedAt, zone);
        return calendar.addWorkingDays(posted, minimum).plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Refuses a window that closes before the earliest close, with a 422 naming the minimum and that instant. */
    static void require(WorkingDayCalendar calendar, ZoneId zone, Instant postedAt, int minimum, Instant closes) {
        Instant earliest = earliestClose(calendar, zone, postedAt, minimum);
        if (closes.isBefore(earliest)) {
            String at = earliest.atZone(zone).toOffsetDateTime().toString();
            throw Fault.unprocessable(PROBLEM,
                    "a project is published for at least " + minimum + " whole working days after the day it is posted:"
                    + " registrationCloses is " + at + " at the earliest, not " + closes.atZone(zone).toOffsetDateTime(),
                    Map.of("minimumWorkingDays", minimum, "earliestClose", at));
        }
    }
}
