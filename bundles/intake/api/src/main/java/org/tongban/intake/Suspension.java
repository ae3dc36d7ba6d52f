package org.tongban.intake;

import java.time.LocalDate;

/**
 * A line of a case's suspension ledger. The day a procedure starts still counts as a handling day and the day it
 * ends does not, so {@code workingDays} is the working days in (startedOn, endedOn]; null end: still running.
 */
public record Suspension(int seq, SpecialProcedure procedure, String reason, LocalDate startedOn, LocalDate endedOn,
                         long workingDays, String actor) {
}
