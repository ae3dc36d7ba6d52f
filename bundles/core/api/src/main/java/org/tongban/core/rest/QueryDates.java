package org.tongban.core.rest;

import org.tongban.core.fault.Fault;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Dates and months in query parameters: ISO form, and years 1 to 9999, the range the stores keep (a year such as
 * +999999999 parses, then overflows every sum and conversion after it). A fault is a 400 problem naming the parameter.
 */
public final class QueryDates {

    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;

    private QueryDates() {
    }

    /** {@code YYYY-MM-DD}, or {@code fallback} when the parameter is absent or blank. */
    public static LocalDate date(String text, String name, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            LocalDate d = LocalDate.parse(text.trim());
            year(d.getYear(), name);
            return d;
        } catch (DateTimeParseException e) {
            throw Fault.invalid(name + " is a date YYYY-MM-DD, not " + shortened(text));
        }
    }

    /** {@code YYYY-MM}, or {@code fallback} when the parameter is absent or blank. */
    public static YearMonth month(String text, String name, YearMonth fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            YearMonth m = YearMonth.parse(text.trim());
            year(m.getYear(), name);
            return m;
        } catch (DateTimeParseException e) {
            throw Fault.invalid(name + " is a month YYYY-MM, not " + shortened(text));
        }
    }

    private static void year(int year, String name) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw Fault.invalid(name + " must lie in the years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? "'" + text + "'" : "'" + text.substring(0, 40) + "…'";
    }
}
