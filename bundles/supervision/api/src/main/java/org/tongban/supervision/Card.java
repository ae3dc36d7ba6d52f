package org.tongban.supervision;

import java.time.LocalDate;

/**
 * A card (红黄牌) or warning: issued once when a case or step crosses a threshold against a due date, closed when
 * the case or step is done or its due date moves. {@code threshold} is the working days overdue that issued it
 * (negative for a warning: days still left). {@code provisional}: its due date or its threshold was counted over a
 * calendar year whose official file is not loaded yet (it may move when the file arrives).
 */
public record Card(long id, String caseNumber, CardScope scope, String departmentCode, String departmentName,
                   CardColour colour, LocalDate dueDate, int threshold, LocalDate issuedOn, LocalDate closedOn,
                   String closedReason, boolean provisional) {

    /** This card with its provisional mark as the calendar in force says. */
    public Card provisional(boolean mark) {
        return new Card(id, caseNumber, scope, departmentCode, departmentName, colour, dueDate, threshold, issuedOn, closedOn,
                closedReason, mark);
    }

    public boolean open() {
        return closedOn == null;
    }
}
