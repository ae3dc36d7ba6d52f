package org.tongban.evaluation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.calendar.CalendarDependent;
import org.tongban.core.calendar.DateChange;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.data.Changes;
import org.tongban.core.data.Transactions;
import org.tongban.evaluation.Evaluations;
import org.tongban.supervision.Supervision;

/**
 * Rectification due dates over a changed calendar: each open task whose due date was provisional, or whose span
 * touches a changed year, is counted again from its opening day with the days it was given; a moved date closes the
 * task's cards on the old one (the next sweep judges the new one), in one audited change with its event.
 */
@Component(service = CalendarDependent.class)
public class RectificationDates implements CalendarDependent {

    private static final String WHAT = "rectification due date";
    private final Transactions tx;
    private final Changes changes;
    private final WorkingDayCalendar calendar;
    private final TongbanClock clock;
    private final Supervision supervision;

    /** {@code evaluations} is referenced so this starts once evaluation's tables are migrated. */
    @Activate
    public RectificationDates(@Reference Transactions tx, @Reference Changes changes, @Reference WorkingDayCalendar calendar,
                              @Reference TongbanClock clock, @Reference Supervision supervision,
                              @Reference Evaluations evaluations) {
        this.tx = tx;
        this.changes = changes;
        this.calendar = calendar;
        this.clock = clock;
        this.supervision = supervision;
    }

    @Override
    public List<DateChange> recompute(Set<Integer> changedYears) {
        List<DateChange> out = new ArrayList<>();
        for (RectificationStore.DatedTask t : tasks(changedYears)) {
            DateChange change = change(calendar, t);
            if (change == null) {
                continue;
            }
            String subject = Rectifications.subject(t.id());
            boolean redated = changes.apply(ch -> {
                // Only an open task still holding the date read above is changed (a clerk may have closed it meanwhile).
                if (RectificationStore.lock(ch.sql(), t.id()).filter(r -> r.closedOn() == null && r.dueDate().equals(t.dueDate())
                        && r.dueProvisional() == t.provisional()).isEmpty()) {
                    return false;
                }
                RectificationStore.redate(ch.sql(), t.id(), change.after(), change.provisionalAfter(), clock.now().toEpochMilli());
                String detail = "rectification " + t.id() + ": " + WHAT + " " + (change.moved() ? t.dueDate() + " → " + change.after()
                        : change.after() + " unchanged") + (change.provisionalAfter() ? " (still provisional)" : " (official calendar)")
                        + ", recomputed on the calendar in force" + (changedYears.isEmpty() ? "" : " for " + changedYears);
                if (change.moved()) {
                    supervision.closeEscalations(ch, subject, "due date moved to " + change.after());
                }
                ch.audit(new AuditEntry("calendar", "node", "evaluation.rectification.redated", "case:" + t.caseNumber(), detail));
                Map<String, Object> event = new LinkedHashMap<>();
                event.put("caseNumber", t.caseNumber());
                event.put("rectificationId", t.id());
                event.put("dueDate", change.after().toString());
                event.put("previousDueDate", t.dueDate().toString());
                event.put("dueProvisional", change.provisionalAfter());
                event.put("detail", detail);
                ch.emit("case:" + t.caseNumber(), "evaluation.rectification.redated", 1, event);
                return true;
            });
            // Counted once committed: a change the database runs again must not count twice.
            if (redated) {
                out.add(change);
            }
        }
        return out;
    }

    @Override
    public List<DateChange> preview(WorkingDayCalendar candidate, Set<Integer> changedYears) {
        List<DateChange> out = new ArrayList<>();
        for (RectificationStore.DatedTask t : tasks(changedYears)) {
            DateChange change = change(candidate, t);
            if (change != null) {
                out.add(change);
            }
        }
        return out;
    }

    private List<RectificationStore.DatedTask> tasks(Set<Integer> changedYears) {
        LocalDate from = CalendarDependent.firstDayOf(changedYears);
        LocalDate to = CalendarDependent.lastDayOf(changedYears);
        return tx.read(c -> RectificationStore.recomputable(c, from, to));
    }

    /** The task's due date over {@code over}, or null when neither the date nor its mark changes. */
    private static DateChange change(WorkingDayCalendar over, RectificationStore.DatedTask t) {
        LocalDate due = EvaluationRules.rectificationDue(over, t.openedOn(), t.limitDays());
        boolean provisional = over.provisionalBetween(t.openedOn(), due);
        if (due.equals(t.dueDate()) && provisional == t.provisional()) {
            return null;
        }
        return new DateChange("rectification:" + t.id(), WHAT, t.dueDate(), due, t.provisional(), provisional);
    }

}
