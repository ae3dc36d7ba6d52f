package org.tongban.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One year of the working-day calendar: its holidays and the weekend days that are working days. A year is
 * {@code provisional} when it was computed from the statutory holiday rules because the State Council's notice for
 * it is not loaded yet; dates computed over it are marked provisional and recomputed once the official file arrives.
 * <p>
 * File format, one entry a line, '#' starts a comment:
 * <pre>
 * holiday 2025-01-28..2025-02-04
 * holiday 2025-05-01
 * workday 2025-01-26
 * </pre>
 */
public record CalendarYear(int year, Set<LocalDate> holidays, Set<LocalDate> workingWeekendDays, boolean provisional) {

    /** An official year (from the State Council's notice). */
    public CalendarYear(int year, Set<LocalDate> holidays, Set<LocalDate> workingWeekendDays) {
        this(year, holidays, workingWeekendDays, false);
    }

    public CalendarYear {
        holidays = Collections.unmodifiableSet(new TreeSet<>(holidays));
        workingWeekendDays = Collections.unmodifiableSet(new TreeSet<>(workingWeekendDays));
        for (LocalDate d : holidays) {
            requireYear(year, d);
        }
        for (LocalDate d : workingWeekendDays) {
            requireYear(year, d);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw new IllegalArgumentException("workday " + d + " is not a weekend day");
            }
            if (holidays.contains(d)) {
                throw new IllegalArgumentException(d + " is listed both as holiday and workday");
            }
        }
    }

    /** Whether the date (of this year) is a working day. */
    public boolean isWorkingDay(LocalDate date) {
        if (workingWeekendDays.contains(date)) {
            return true;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** Number of working days in the year. */
    public int workingDayCount() {
        int n = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** Parses a year file; errors name the line. */
    public static CalendarYear parse(int year, List<String> lines) {
        Set<LocalDate> holidays = new TreeSet<>();
        Set<LocalDate> workdays = new TreeSet<>();
        int lineNo = 0;
        for (String raw : lines) {
            lineNo++;
            String line = raw.replaceFirst("#.*", "").trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException("line " + lineNo + ": expected 'holiday|workday DATE[..DATE]'");
            }
            Set<LocalDate> target = switch (parts[0]) {
                case "holiday" -> holidays;
                case "workday" -> workdays;
                default -> throw new IllegalArgumentException("line " + lineNo + ": unknown kind '" + parts[0] + "'");
            };
            try {
                String[] range = parts[1].split("\\.\\.");
                LocalDate from = LocalDate.parse(range[0]);
                LocalDate to = range.length > 1 ? LocalDate.parse(range[1]) : from;
                if (to.isBefore(from)) {
                    throw new IllegalArgumentException("line " + lineNo + ": range ends before it starts");
                }
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    target.add(d);
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("line " + lineNo + ": bad date '" + parts[1] + "'", e);
            }
        }
        try {
            return new CalendarYear(year, holidays, workdays);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("calendar " + year + ": " + e.getMessage(), e);
        }
    }

    private static void requireYear(int year, LocalDate d) {
        if (d.getYear() != year) {
            throw new IllegalArgumentException(d + " does not belong to " + year);
        }
    }
}
