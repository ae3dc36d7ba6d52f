package org.tongban.supervision.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.data.Change;
import org.tongban.core.data.DataAccessException;
import org.tongban.supervision.Card;
import org.tongban.supervision.CardColour;
import org.tongban.supervision.CardScope;
import org.tongban.supervision.Notification;

/**
 * Deadlines other capabilities hand in (a rectification's, say): their task cards, issued and closed as part of the
 * caller's change by the same thresholds the scan judges a case by, and announced once that change has committed.
 */
final class Escalations {

    private final Supplier<SupervisionConfig> config;
    private final WorkingDayCalendar calendar;
    private final TongbanClock clock;
    private final Notices notices;

    Escalations(Supplier<SupervisionConfig> config, WorkingDayCalendar calendar, TongbanClock clock, Notices notices) {
        this.config = config;
        this.calendar = calendar;
        this.clock = clock;
        this.notices = notices;
    }

    List<Card> escalate(Change ch, String subject, String departmentCode, String departmentName, LocalDate dueDate) {
        SupervisionConfig cfg = config.get();
        LocalDate today = clock.today();
        Instant now = clock.now();
        Thresholds t = Thresholds.on(calendar, today, cfg.warnDays(), cfg.yellowAfter(), cfg.redAfter());
        CardStore.Crossing x = new CardStore.Crossing(subject, CardScope.TASK, departmentCode, departmentName, dueDate, null);
        List<Card> issued = new ArrayList<>();
        try {
            // The same crossings the scan judges a case by (Thresholds), for one deadline.
            if (dueDate.isBefore(t.redBefore())) {
                issue(ch, x, CardColour.RED, cfg.redAfter(), today, now, issued);
            }
            if (dueDate.isBefore(t.yellowBefore())) {
                issue(ch, x, CardColour.YELLOW, cfg.yellowAfter(), today, now, issued);
            }
            if (!dueDate.isBefore(today) && !dueDate.isAfter(t.warnUntil())) {
                issue(ch, x, CardColour.WARNING, -cfg.warnDays(), today, now, issued);
            }
        } catch (SQLException e) {
            throw new DataAccessException("escalating " + subject + " failed", e);
        }
        if (!issued.isEmpty()) {
            // Never for a change rolled back: the departments hear of cards that stand.
            ch.afterCommit(() -> announce(issued));
        }
        return issued;
    }

    private void issue(Change ch, CardStore.Crossing x, CardColour colour, int threshold, LocalDate today, Instant now,
                       List<Card> issued) throws SQLException {
        long id = CardStore.insert(ch.sql(), x, colour, threshold, today, now);
        if (id == 0) {
            return;
        }
        String detail = colour == CardColour.WARNING ? colour + " for " + x.caseNumber() + ": due " + x.dueDate()
                : colour + " card for " + x.caseNumber() + ": overdue since " + x.dueDate() + " (" + threshold + "+ working day(s))";
        String action = "supervision.card." + colour.name().toLowerCase();
        boolean provisional = calendar.provisionalBetween(x.dueDate(), today);
        ch.audit(new AuditEntry("supervision", "node", action, x.caseNumber(), detail));
        ch.emit(x.caseNumber(), action, 1, Map.of("cardId", id, "scope", CardScope.TASK, "subject", x.caseNumber(),
                "colour", colour, "department", x.departmentCode(), "dueDate", x.dueDate().toString(), "threshold", threshold,
                "detail", detail, "provisional", provisional));
        issued.add(new Card(id, x.caseNumber(), CardScope.TASK, x.departmentCode(), x.departmentName(), colour, x.dueDate(),
                threshold, today, null, null, provisional));
    }

    int close(Change ch, String subject, String reason) {
        LocalDate today = clock.today();
        try {
            List<Long> open = CardStore.openOf(ch.sql(), subject, CardScope.TASK);
            for (long id : open) {
                CardStore.close(ch.sql(), id, today, reason);
                ch.audit(new AuditEntry("supervision", "node", "supervision.card.closed", subject,
                        "card " + id + " closed: " + reason));
                ch.emit(subject, "supervision.card.closed", 1, Map.of("cardId", id, "subject", subject, "reason", reason));
            }
            return open.size();
        } catch (SQLException e) {
            throw new DataAccessException("closing the cards of " + subject + " failed", e);
        }
    }

    private void announce(List<Card> cards) {
        notices.send(cards.stream().map(k -> new Notification(k.departmentCode(), k.departmentName(), k.caseNumber(),
                k.colour() == CardColour.WARNING ? "deadline warning" : k.colour().name().toLowerCase() + " card",
                k.caseNumber() + (k.colour() == CardColour.WARNING ? " is due " : " is overdue since ") + k.dueDate())).toList());
    }
}
