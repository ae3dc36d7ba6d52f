package org.tongban.intake;

import java.time.LocalDate;

/**
 * What the decision issued (办结结果): the document's name and number (licence, certificate, or a decision not to
 * grant), and the e-certificate issued for it, if any.
 */
public record CaseResult(String documentName, String documentNumber, String eCertificateRef, LocalDate issuedOn) {
}
