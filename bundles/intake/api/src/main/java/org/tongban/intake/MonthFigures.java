package org.tongban.intake;

/**
 * One lead department's month: cases submitted (created in the month) and how many of them online, cases completed
 * (decided in the month) and how many of them by their promised date. {@code departmentCode} is empty for cases
 * without a lead department; {@code departmentName} may be null when none is recorded.
 */
public record MonthFigures(String departmentCode, String departmentName, long submissions, long online, long completions,
                           long onTime) {
}
