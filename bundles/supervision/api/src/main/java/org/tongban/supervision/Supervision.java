package org.tongban.supervision;

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
}
