package org.tongban.intake.internal;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tongban.core.calendar.CalendarDependent;
import org.tongban.core.calendar.DateChange;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.data.Transactions;
import org.tongban.intake.CaseEvent;
import org.tongban.intake.Suspension;
import static org.tongban.intake.internal.CaseWork.locked;

/** Cases' dates counted again when the working-day calendar changes, and what a candidate calendar would change. */
final class CaseRecount {

    private final CaseWork work;
    private final Transactions tx;
    private final TongbanClock clock;
    private final WorkingDayCalendar calendar;

    CaseRecount(CaseWork work, Transactions tx, TongbanClock clock, WorkingDayCalendar calendar) {
        this.work = work;
        this.tx = tx;
        this.clock = clock;
        this.calendar = calendar;
    }

    List<DateChange> recompute(Set<Integer> changedYears) {
        LocalDate from = CalendarDependent.firstDayOf(changedYears);
        LocalDate to = CalendarDependent.lastDayOf(changedYears);
        List<String> candidates = tx.read(c -> CaseStore.recomputable(c, from, to));
        List<DateChange> out = new ArrayList<>();
        for (String number : candidates) {
            out.addAll(work.inChange(change -> {
                Connection c = change.sql();
                StoredCase k = locked(c, number);
                if (!CaseDateChanges.running(k.status)) {
                    return List.<DateChange>of();
                }
                List<Suspension> ledger = LedgerStore.suspensions(c, number);
                CaseDates dates = CaseDates.of(calendar, k, ledger);
                List<DateChange> changes = CaseDateChanges.between(k, dates);
                if (changes.isEmpty()) {
                    return changes;
                }
                for (int i = 0, ended = 0; i < ledger.size(); i++) {
                    Suspension s = ledger.get(i);
                    if (s.endedOn() != null && s.workingDays() != dates.suspensionDays().get(ended++)) {
                        LedgerStore.recount(c, number, s.seq(), dates.suspensionDays().get(ended - 1));
                    }
                }
                k.promisedDate = dates.promisedDate();
                k.toleranceDue = dates.toleranceDue();
                k.details = k.details.withSuspendedTotal(dates.suspendedDays());
                k.datesProvisional = dates.provisional();
                k.updatedAt = clock.now();
                CaseStore.update(c, k);
                work.record(change, k, "calendar", "node", f -> new CaseEvent.DatesRecomputed(f, CaseDateChanges.describe(changes, changedYears)));
                return changes;
            }));
        }
        return out;
    }

    List<DateChange> preview(WorkingDayCalendar candidate, Set<Integer> changedYears) {
        LocalDate from = CalendarDependent.firstDayOf(changedYears);
        LocalDate to = CalendarDependent.lastDayOf(changedYears);
        return tx.read(c -> {
            List<DateChange> out = new ArrayList<>();
            for (String number : CaseStore.recomputable(c, from, to)) {
                Optional<StoredCase> k = CaseStore.find(c, number);
                if (k.isPresent()) {
                    out.addAll(CaseDateChanges.between(k.get(), CaseDates.of(candidate, k.get(), LedgerStore.suspensions(c, number))));
                }
            }
            return out;
        });
    }
}
