package org.tongban.supervision;

import java.time.LocalDate;

/**
 * A card (红黄牌) or warning: issued once when a case or step crosses a threshold against a due date, closed when
 * the case or step is done or its due date moves. {@code threshold} is the working days overdue that issued it
 * (negative for a warning: days still left).
 */
public record Card(long id, String caseNumber, CardScope scope, String departmentCode, String departmentName,
                   CardColour colour, LocalDate dueDate, int threshold, LocalDate issuedOn, LocalDate closedOn,
                   String closedReason) {

    public boolean open() {
        return closedOn == null;
    }
}
