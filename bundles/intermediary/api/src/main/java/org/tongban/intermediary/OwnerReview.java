package org.tongban.intermediary;

import java.time.LocalDate;

/** The owner's review of the service: a score 1–5 and a comment; on time when delivered by the contract's due date. */
public record OwnerReview(int score, boolean onTime, String comment, LocalDate reviewedOn) {
}
