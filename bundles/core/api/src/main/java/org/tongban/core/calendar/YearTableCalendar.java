package org.tongban.core.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** An immutable calendar over the years it is given; plain Java, so domain logic can be unit tested with it. */
public final class YearTableCalendar implements WorkingDayCalendar {

    private final Map<Integer, CalendarYear> years = new TreeMap<>();

    public YearTableCalendar(Collection<CalendarYear> data) {
        for (CalendarYear y : data) {
            years.put(y.year(), y);
        }
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        CalendarYear y = years.get(date.getYear());
        if (y == null) {
            throw new CalendarDataMissingException(date.getYear());
        }
        return y.isWorkingDay(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative, got " + days);
        }
        LocalDate d = start;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    @Override
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        long n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    @Override
    public SortedSet<Integer> years() {
        return new TreeSet<>(years.keySet());
    }
}
