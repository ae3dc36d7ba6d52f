package org.tongban.supervision.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.data.Transactions;
import org.tongban.core.security.Caller;
import org.tongban.intake.CaseFigures;
import org.tongban.intake.DueWork;
import org.tongban.supervision.Bulletin;
import org.tongban.supervision.Card;
import org.tongban.supervision.CardColour;
import org.tongban.supervision.OnTimeRate;
import org.tongban.supervision.OverdueCase;

/** The supervisor's reads: cards, overdue cases, the on-time rate and the monthly bulletin, each within the caller's scope. */
final class SupervisorViews {

    private final Transactions tx;
    private final DueWork work;
    private final CaseFigures figures;
    private final WorkingDayCalendar calendar;
    private final TongbanClock clock;

    SupervisorViews(Transactions tx, DueWork work, CaseFigures figures, WorkingDayCalendar calendar, TongbanClock clock) {
        this.tx = tx;
        this.work = work;
        this.figures = figures;
        this.calendar = calendar;
        this.clock = clock;
    }

    List<Card> cards(Caller caller, String departmentCode, CardColour colour, boolean openOnly, int limit) {
        String dept = departmentCode == null || departmentCode.isBlank() ? null : departmentCode.trim().toUpperCase();
        SupervisionScope scope = SupervisionScope.ofCards(caller, dept);
        // Whether a card's due date or the working days counted to it lie in a year without official calendar data.
        return tx.read(c -> CardStore.cards(c, scope, colour, openOnly, limit)).stream()
                .map(k -> k.provisional(calendar.provisionalBetween(k.dueDate(), k.issuedOn()))).toList();
    }

    List<OverdueCase> overdue(Caller caller, int limit) {
        SupervisionScope scope = SupervisionScope.of(caller);
        LocalDate today = clock.today();
        return work.overdue(scope.divisions(), today, limit).stream()
                .map(o -> new OverdueCase(o.caseNumber(), o.itemName(), o.departmentCode(), o.departmentName(), o.status().name(),
                        o.promisedDate(), Thresholds.overdue(calendar, o.promisedDate(), today)))
                .filter(o -> o.overdueWorkingDays() > 0)
                .sorted((a, b) -> Long.compare(b.overdueWorkingDays(), a.overdueWorkingDays()))
                .toList();
    }

    OnTimeRate onTime(Caller caller, LocalDate from, LocalDate to) {
        SupervisionScope scope = SupervisionScope.of(caller);
        return BulletinStore.onTime(figures, scope, from, to);
    }

    Bulletin bulletin(Caller caller, YearMonth month) {
        SupervisionScope scope = SupervisionScope.of(caller);
        return tx.read(c -> BulletinStore.bulletin(c, figures, scope, month, clock.zone()));
    }
}
