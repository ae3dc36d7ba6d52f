package org.tongban.evaluation;

import java.time.LocalDate;

/**
 * What one sweep did: invitations for newly finished cases, default ratings for invitations past their period, and
 * supervision cards for overdue rectifications.
 */
public record SweepReport(LocalDate day, int invited, int defaulted, int cardsIssued, long millis) {
}
