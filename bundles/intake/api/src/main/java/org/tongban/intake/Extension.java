package org.tongban.intake;

import java.time.LocalDate;

/** An extension of a case's time limit (延期) by working days, approved by the one who recorded it. */
public record Extension(int seq, int days, String reason, String approvedBy, LocalDate addedOn) {
}
