package org.tongban.testsupport;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.tongban.core.calendar.WorkingDayCalendar;

/** A calendar whose working days are Monday to Friday, for the years 2025 to 2028: no holidays, no swapped days. */
public final class Weekdays implements WorkingDayCalendar {

    @Override
    public boolean isWorkingDay(LocalDate d) {
        return d.getDayOfWeek().getValue() <= 5;
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int days) {
        LocalDate d = start;
        for (int n = 0; n < days; ) {
            d = d.plusDays(1);
            n += isWorkingDay(d) ? 1 : 0;
        }
        return d;
    }

    @Override
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        long n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            n += isWorkingDay(d) ? 1 : 0;
        }
        return n;
    }

    @Override
    public SortedSet<Integer> years() {
        return new TreeSet<>(List.of(2025, 2026, 2027, 2028));
    }
}
