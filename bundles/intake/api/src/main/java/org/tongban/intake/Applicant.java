package org.tongban.intake;

/** Who applies: a person with a resident ID number, or an organisation with its credit code; and a mobile number. */
public record Applicant(ApplicantType type, String name, String idNumber, String mobile) {
}
