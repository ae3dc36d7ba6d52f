package org.tongban.supervision;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.tongban.core.data.Change;
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
     * issues, as part of the caller's change, each warning or card the node's thresholds call for today that this
     * subject has not had for this due date, each audited and written to the outbox. Idempotent. The departments are
     * notified of the cards once the change has committed (never of a change rolled back).
     */
    List<Card> escalate(Change change, String subject, String departmentCode, String departmentName, LocalDate dueDate);

    /** Closes a subject's open task cards (its task is done or void), as part of the caller's change; returns how many. */
    int closeEscalations(Change change, String subject, String reason);
}
