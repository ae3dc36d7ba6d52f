package org.tongban.core.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * A calendar over the years it is given, and for any other year what {@code provisional} computes (from the
 * statutory rules), made once per year; plain Java, so domain logic can be unit tested with it.
 */
public final class YearTableCalendar implements WorkingDayCalendar {

    private final Map<Integer, CalendarYear> years = new TreeMap<>();
    private final IntFunction<CalendarYear> provisional;
    private final Map<Integer, CalendarYear> made = new ConcurrentHashMap<>();

    /** Only the given years: any other is refused with {@link CalendarDataMissingException}. */
    public YearTableCalendar(Collection<CalendarYear> data) {
        this(data, year -> {
            throw new CalendarDataMissingException(year);
        });
    }

    public YearTableCalendar(Collection<CalendarYear> data, IntFunction<CalendarYear> provisional) {
        for (CalendarYear y : data) {
            years.put(y.year(), y);
        }
        this.provisional = provisional;
    }

    /** The data in force for a year: given, or provisional. */
    public CalendarYear year(int year) {
        CalendarYear y = years.get(year);
        return y != null ? y : made.computeIfAbsent(year, provisional::apply);
    }

    /** This calendar with one year's data replaced (a candidate file, for a dry run). */
    public YearTableCalendar with(CalendarYear replacement) {
        Map<Integer, CalendarYear> copy = new TreeMap<>(years);
        copy.put(replacement.year(), replacement);
        return new YearTableCalendar(copy.values(), provisional);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return year(date.getYear()).isWorkingDay(date);
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
        TreeSet<Integer> official = new TreeSet<>();
        years.forEach((y, data) -> {
            if (!data.provisional()) {
                official.add(y);
            }
        });
        return official;
    }

    @Override
    public boolean isOfficial(int year) {
        CalendarYear y = years.get(year);
        return y != null && !y.provisional();
    }

    /** The given years' data, by year (provisional ones made on demand are not included). */
    public Map<Integer, CalendarYear> given() {
        return java.util.Collections.unmodifiableMap(years);
    }
}
