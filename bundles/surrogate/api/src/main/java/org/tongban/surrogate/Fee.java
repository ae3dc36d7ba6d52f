package org.tongban.surrogate;

import java.math.BigDecimal;

/** A fee the agent collected for the case: what for, how much, and the receipt number given to the applicant. */
public record Fee(String item, BigDecimal amount, String receiptNumber) {
}
