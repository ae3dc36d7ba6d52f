package org.tongban.core.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A capability that keeps dates computed over the calendar (promised dates, deadlines, due dates), registered as a
 * service: core asks it to recompute them when a year's data changes (an official file replaces a provisional year,
 * or is edited), and, for a dry run, what would move under a candidate calendar.
 */
public interface CalendarDependent {

    /**
     * Recomputes, against the calendar in force now, every open date that was provisional or touches one of the
     * {@code changedYears} (empty: only the provisional ones, as after a restart); each subject changes in one
     * audited transaction with its outbox event, and a subject whose dates did not change is not written.
     */
    List<DateChange> recompute(Set<Integer> changedYears);

    /** What {@link #recompute} would change if {@code candidate} were in force; writes nothing. */
    List<DateChange> preview(WorkingDayCalendar candidate, Set<Integer> changedYears);

    /** 1 January of the earliest changed year; null when none changed (then only provisional dates are looked at). */
    static LocalDate firstDayOf(Set<Integer> years) {
        return years.isEmpty() ? null : LocalDate.of(Collections.min(years), 1, 1);
    }

    /** 31 December of the latest changed year; null when none changed. */
    static LocalDate lastDayOf(Set<Integer> years) {
        return years.isEmpty() ? null : LocalDate.of(Collections.max(years), 12, 31);
    }
}
