package org.tongban.evaluation;

import java.time.LocalDate;

/**
 * The invitation to evaluate a finished case: a code the applicant uses without an account (link, QR code, SMS, the
 * hall's tablet). Open through {@code expiresOn}; after that the default rating is recorded.
 */
public record Invitation(String caseNumber, String code, String itemName, String departmentName, String window,
                         LocalDate invitedOn, LocalDate expiresOn, InvitationStatus status) {
}
