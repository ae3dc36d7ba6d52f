package org.tongban.core.internal.rest;

import java.time.LocalDate;
import java.util.SortedSet;

/**
 * Whether the deadlines a node computes soon fall in official years. A case accepted today can be due some months
 * ahead, and the next year's official data only exists once the State Council has published it (each autumn): until
 * then that year is provisional (computed from the statutory rules, intake goes on, the dates say so), and ops are
 * told which file to add. Never DOWN for this: the node serves.
 */
final class CalendarCoverage {

    /** Longer than the longest usual promised limit (joint handling, 45 + 15 working days). */
    static final int LOOKAHEAD_DAYS = 100;

    private CalendarCoverage() {
    }

    /** "UP: official 2025-2026", or a warning starting "WARN:" that names the provisional year and the file to add. */
    static String describe(SortedSet<Integer> official, LocalDate today) {
        int provisional = -1;
        for (LocalDate d = today; provisional < 0 && !d.isAfter(today.plusDays(LOOKAHEAD_DAYS)); d = d.plusYears(1).withDayOfYear(1)) {
            if (!official.contains(d.getYear())) {
                provisional = d.getYear();
            }
        }
        String loaded = official.isEmpty() ? "no official year loaded"
                : "official " + official.first() + (official.size() > 1 ? "-" + official.last() : "");
        if (provisional < 0) {
            return "UP: " + loaded;
        }
        return "WARN: " + provisional + " is provisional (" + loaded + "): dates in " + provisional
                + " are computed from the statutory holidays, marked provisional and recomputed when the official file arrives;"
                + " add etc/tongban/calendar/" + provisional + ".cal once the State Council has published the year's holidays";
    }
}
