package org.tongban.core.calendar;

import java.time.LocalDate;
import java.util.SortedSet;

/**
 * The official working-day calendar (工作日): weekends and statutory holidays are off, except the weekend
 * days the State Council makes working days (调休). Every method refuses a year with no data rather than guess.
 */
public interface WorkingDayCalendar {

    /** Whether the date is a working day. @throws CalendarDataMissingException for a year with no data */
    boolean isWorkingDay(LocalDate date);

    /**
     * The due date of a time limit of {@code days} working days counted from {@code start}: the start day itself is
     * not counted (Administrative Licensing Law art. 82). Zero days returns {@code start}.
     */
    LocalDate addWorkingDays(LocalDate start, int days);

    /** Working days in (from, to]: 0 when to is not after from; negative when to is before from. */
    long workingDaysBetween(LocalDate from, LocalDate to);

    /** The years this calendar has data for. */
    SortedSet<Integer> years();
}
