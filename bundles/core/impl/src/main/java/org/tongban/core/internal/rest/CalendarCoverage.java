package org.tongban.core.internal.rest;

import java.time.LocalDate;
import java.util.SortedSet;

/**
 * Whether the working-day calendar covers the deadlines a node will compute soon. A case accepted today can be due
 * some months ahead, and the next year's data only exists once the State Council has published it (each autumn), so
 * ops are warned while there is still time to add the file, not when acceptances start to fail.
 */
final class CalendarCoverage {

    /** Longer than the longest usual promised limit (joint handling, 45 + 15 working days). */
    static final int LOOKAHEAD_DAYS = 100;

    private CalendarCoverage() {
    }

    /** "UP: 2025-2026", or a warning starting "WARN:" that says which file to add. */
    static String describe(SortedSet<Integer> years, LocalDate today) {
        if (years.isEmpty()) {
            return "WARN: no calendar data at all; no deadline can be computed: add etc/tongban/calendar/" + today.getYear() + ".cal";
        }
        int missing = LocalDate.of(years.first(), 1, 1).isAfter(today) ? today.getYear() : -1;
        for (LocalDate d = today; missing < 0 && !d.isAfter(today.plusDays(LOOKAHEAD_DAYS)); d = d.plusYears(1).withDayOfYear(1)) {
            if (!years.contains(d.getYear())) {
                missing = d.getYear();
            }
        }
        if (missing == today.getYear()) {
            return "WARN: no calendar data for " + missing + ", this year: no deadline can be computed; add etc/tongban/calendar/"
                    + missing + ".cal";
        }
        if (missing > 0) {
            return "WARN: no calendar data for " + missing + ": cases due in " + missing + " cannot be accepted; add etc/tongban/calendar/"
                    + missing + ".cal once the State Council has published the year's holidays";
        }
        return "UP: " + years.first() + (years.size() > 1 ? "-" + years.last() : "");
    }
}
