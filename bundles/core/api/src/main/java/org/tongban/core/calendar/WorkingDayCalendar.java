package org.tongban.core.calendar;

import java.time.LocalDate;
import java.util.SortedSet;

/**
 * The working-day calendar (工作日): weekends and statutory holidays are off, except the weekend days the State
 * Council makes working days (调休). A year whose official notice is not loaded yet is <em>provisional</em>: computed
 * from the statutory holiday rules, never refused, and every date computed over it says so ({@link #isOfficial}).
 */
public interface WorkingDayCalendar {

    /** Whether the date is a working day. @throws CalendarDataMissingException only outside the years any rule covers */
    boolean isWorkingDay(LocalDate date);

    /**
     * The due date of a time limit of {@code days} working days counted from {@code start}: the start day itself is
     * not counted (Administrative Licensing Law art. 82). Zero days returns {@code start}.
     */
    LocalDate addWorkingDays(LocalDate start, int days);

    /** Working days in (from, to]: 0 when to is not after from; negative when to is before from. */
    long workingDaysBetween(LocalDate from, LocalDate to);

    /** The years this calendar has official data for. */
    SortedSet<Integer> years();

    /** Whether the year's days come from the official notice; false for a provisional year. */
    default boolean isOfficial(int year) {
        return years().contains(year);
    }

    /** Whether a date computed over the days from {@code a} to {@code b} (either order) touched a provisional year. */
    default boolean provisionalBetween(LocalDate a, LocalDate b) {
        int from = Math.min(a.getYear(), b.getYear());
        int to = Math.max(a.getYear(), b.getYear());
        for (int y = from; y <= to; y++) {
            if (!isOfficial(y)) {
                return true;
            }
        }
        return false;
    }
}
