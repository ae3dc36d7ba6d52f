package org.tongban.intake;

import java.time.LocalDate;
import java.util.Set;

/**
 * Where a case stands now: its status, promised date, division and the departments whose review step of the current
 * round is still pending.
 */
public record CaseStanding(String caseNumber, CaseStatus status, LocalDate promisedDate, String divisionCode,
                           Set<String> reviewing) {

    public CaseStanding {
        reviewing = Set.copyOf(reviewing);
    }

    /** Whether the case's clock runs against its promised date. */
    public boolean open() {
        return DueWork.CLOCK_RUNNING.contains(status);
    }
}
