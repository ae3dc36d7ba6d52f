package org.tongban.core.calendar;

/** A date falls in a year the calendar has no official data for; ops must add the year's file. */
public class CalendarDataMissingException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int year;

    public CalendarDataMissingException(int year) {
        super("no official calendar data for " + year + ": add etc/tongban/calendar/" + year + ".cal");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
