package org.tongban.supervision;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * E-supervision of a node's cases. The scan runs on a schedule and on demand; it is idempotent (a second run the
 * same day issues nothing) and reads only the cases that cross a threshold, by index.
 */
public interface Supervision {

    ScanReport scan();

    /** Cards, the newest first; filters are optional (null). */
    List<Card> cards(String departmentCode, CardColour colour, boolean openOnly, int limit);

    /** Open cases past their promised date, the most overdue first. */
    List<OverdueCase> overdue(int limit);

    OnTimeRate onTime(LocalDate from, LocalDate to);

    Bulletin bulletin(YearMonth month);

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
