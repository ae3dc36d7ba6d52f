package org.tongban.intermediary;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The contract with the selected agency; due the project's time limit in working days after signing. */
public record Contract(String contractNumber, BigDecimal amount, LocalDate signedOn, LocalDate dueDate) {
}
