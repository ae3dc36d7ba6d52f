package org.tongban.intake;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/** Intake's counts of cases for reports (the monthly bulletin, the on-time rate), over the cases of a scope. */
public interface CaseFigures {

    /**
     * The month's figures per lead department, by department code: submissions by creation time (the month's days in
     * {@code zone}), completions by decision date.
     */
    List<MonthFigures> month(CaseScope scope, YearMonth month, ZoneId zone);

    /** Cases decided from {@code from} to {@code to} (both inclusive). */
    Completions decided(CaseScope scope, LocalDate from, LocalDate to);
}
