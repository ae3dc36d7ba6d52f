package org.tongban.supervision;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.tongban.core.security.Caller;

/**
 * E-supervision of a node's cases. The scan runs on a schedule and on demand; it is idempotent (a second run the
 * same day issues nothing) and reads only the cases that cross a threshold, by index. What a caller reads is what lies
 * in their division's scope (a county's supervisor on a city node: that county's cases, cards and figures); a reviewer
 * reads only their departments' cards.
 */
public interface Supervision {

    ScanReport scan(Caller caller);

    /** Cards, the newest first; filters are optional (null). */
    List<Card> cards(Caller caller, String departmentCode, CardColour colour, boolean openOnly, int limit);

    /** Open cases past their promised date, the most overdue first. */
    List<OverdueCase> overdue(Caller caller, int limit);

    OnTimeRate onTime(Caller caller, LocalDate from, LocalDate to);

    Bulletin bulletin(Caller caller, YearMonth month);

    /**
     * Watches another capability's deadline as a case's is watched (e.g. a department's rectification of a bad review):
     * issues, in the caller's transaction, each warning or card the node's thresholds call for today that this subject
     * has not had for this due date, each audited and written to the outbox. Idempotent. Hand the cards returned to
     * {@link #announce} once the caller's transaction has committed.
     */
    List<Card> escalate(Connection tx, String subject, String departmentCode, String departmentName, LocalDate dueDate);

    /** Closes a subject's open task cards (its task is done or void), in the caller's transaction; returns how many. */
    int closeEscalations(Connection tx, String subject, String reason);

    /** Notifies the departments of escalated cards through every notification channel (after their commit). */
    void announce(List<Card> cards);
}
