package org.tongban.intake;

import java.time.LocalDate;

/**
 * An entry of the judgment-defaulter list (失信被执行人名单): a resident ID or credit code, the name, the court's case
 * reference, the date listed and where the entry came from.
 */
public record Defaulter(String idNumber, String name, String reference, LocalDate listedOn, String source) {
}
