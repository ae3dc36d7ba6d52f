package org.tongban.core.internal.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.tongban.core.calendar.CalendarYear;
import org.tongban.core.calendar.DateChange;
import org.tongban.core.internal.time.CalendarPreview;

/** The calendar's answers, typed so the API description names every field. */
final class CalendarViews {

    private CalendarViews() {
    }

    /** Whether a day is worked; provisional while its year's official notice is not loaded. */
    public record WorkingDay(LocalDate date, boolean workingDay, boolean provisional) {
    }

    /** A date plus working days. */
    public record Due(LocalDate date, int days, LocalDate due, boolean provisional) {
    }

    /** One year's calendar. */
    public record Year(int year, boolean provisional, int workingDays, Set<LocalDate> holidays, Set<LocalDate> workingWeekendDays) {
        static Year of(CalendarYear y) {
            return new Year(y.year(), y.provisional(), y.workingDayCount(), y.holidays(), y.workingWeekendDays());
        }
    }

    /** The years asked for, and the year files refused at load (each with its reason). */
    public record Years(List<Year> years, List<String> refusedFiles) {
    }

    /** A stored date a year file would move (or only mark official). */
    public record Change(String subject, String what, LocalDate before, LocalDate after, boolean moved, boolean provisionalAfter) {
        static Change of(DateChange c) {
            return new Change(c.subject(), c.what(), c.before(), c.after(), c.moved(), c.provisionalAfter());
        }
    }

    /** The dry run of a year file. */
    public record Preview(int year, boolean replacesProvisional, List<LocalDate> newDaysOff, List<LocalDate> newWorkingDays,
                          List<Change> changes) {
        static Preview of(CalendarPreview p) {
            return new Preview(p.year(), p.replacesProvisional(), p.newDaysOff(), p.newWorkingDays(),
                    p.changes().stream().map(Change::of).toList());
        }
    }
}
