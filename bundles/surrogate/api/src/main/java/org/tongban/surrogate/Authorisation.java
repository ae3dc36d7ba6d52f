package org.tongban.surrogate;

import java.time.LocalDate;

/** The applicant's written authorisation (授权委托书): who signed, when, for what, and the scan of the signed paper. */
public record Authorisation(String signedBy, LocalDate signedOn, String scope, String documentRef) {
}
