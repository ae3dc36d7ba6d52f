package org.tongban.intake;

import java.time.LocalDate;

/**
 * An approval as the public list shows it (结果公示): a person's name is masked, an organisation's is not.
 */
public record PublishedResult(String caseNumber, String itemCode, String itemName, String applicantName,
                              String documentName, String documentNumber, LocalDate decidedOn) {
}
