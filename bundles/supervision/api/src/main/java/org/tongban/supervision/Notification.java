package org.tongban.supervision;

/** A message to a department (and through it its reviewers) about a case, e.g. that it drew a red card. */
public record Notification(String departmentCode, String departmentName, String caseNumber, String subject, String message) {
}
