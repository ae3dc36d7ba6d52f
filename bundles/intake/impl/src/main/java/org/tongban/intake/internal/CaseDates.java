package org.tongban.intake.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.intake.Suspension;
import org.tongban.intake.TimeBudget;

/**
 * A case's dates computed from what they are made of (the acceptance day, the limit, extensions, the suspension
 * ledger, the days tolerated materials were given) over a calendar, and whether that touched a provisional year. The
 * same computation serves intake and the recomputation when a year's official data arrives, so both agree.
 *
 * @param suspensionDays the working days of each ended suspension, in ledger order (a running one is not counted)
 */
public record CaseDates(LocalDate promisedDate, LocalDate toleranceDue, List<Long> suspensionDays, long suspendedDays,
                        boolean provisional) {

    /**
     * @param toleranceDays 0 when nothing is tolerated, or when the case predates keeping it: then {@code toleranceDue}
     *                      is kept as it is
     */
    public static CaseDates compute(WorkingDayCalendar calendar, LocalDate acceptedOn, int limitDays, int extensionDays,
                                    List<Suspension> ledger, int toleranceDays, LocalDate toleranceDue) {
        List<Long> days = new ArrayList<>();
        long suspended = 0;
        LocalDate latest = acceptedOn;
        for (Suspension s : ledger) {
            if (s.endedOn() != null) {
                long n = Deadlines.suspendedDays(calendar, s.startedOn(), s.endedOn());
                days.add(n);
                suspended += n;
                latest = later(latest, s.endedOn());
            }
        }
        LocalDate promised = Deadlines.promised(calendar, acceptedOn, new TimeBudget(limitDays, extensionDays, suspended, null));
        LocalDate tolerance = toleranceDays > 0 && toleranceDue != null ? calendar.addWorkingDays(acceptedOn, toleranceDays) : toleranceDue;
        latest = later(later(latest, promised), tolerance);
        return new CaseDates(promised, tolerance, List.copyOf(days), suspended, calendar.provisionalBetween(acceptedOn, latest));
    }

    /** The dates of a stored case, with its ledger. */
    static CaseDates of(WorkingDayCalendar calendar, StoredCase k, List<Suspension> ledger) {
        return compute(calendar, k.acceptedOn, k.details.limitDays(), k.details.extensionDays(), ledger, k.details.toleranceDays(),
                k.toleranceDue);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b == null || (a != null && !b.isAfter(a)) ? a : b;
    }
}
