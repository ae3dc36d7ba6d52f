package org.tongban.intake;

import java.time.LocalDate;

/**
 * How a case's promised date is made: the item's promised limit plus extensions, shifted by the working days spent
 * in special procedures; {@code suspendedSince} is set while one runs (the clock is stopped).
 */
public record TimeBudget(int limitDays, int extensionDays, long suspendedDays, LocalDate suspendedSince) {

    public static final TimeBudget NONE = new TimeBudget(0, 0, 0, null);

    public boolean suspended() {
        return suspendedSince != null;
    }
}
