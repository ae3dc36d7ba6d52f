package org.tongban.intake;

import java.time.LocalDate;

/**
 * A case as those who follow up a decision need it (好差评's invitation copies it): where and by whom it was handled,
 * its status and, once decided, the day. Department, window, clerk, division and decision day may be null.
 */
public record FinishedCase(String caseNumber, CaseStatus status, String itemCode, String itemName, String departmentCode,
                           String departmentName, String window, String clerk, String divisionCode, LocalDate decidedOn) {

    /** Decided (办结) or handed out (出件): the case's handling is over. */
    public boolean finished() {
        return status == CaseStatus.DECIDED || status == CaseStatus.DELIVERED;
    }
}
