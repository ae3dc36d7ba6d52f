package org.tongban.intake.internal;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.tongban.catalog.CaseKind;
import org.tongban.catalog.DecisionRule;
import org.tongban.catalog.RuleOutcome;
import org.tongban.catalog.ServiceItem;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.data.Change;
import org.tongban.intake.CaseEvent;
import org.tongban.intake.CaseOutcome;
import org.tongban.intake.CaseResult;
import org.tongban.intake.CaseStatus;

/**
 * The intake decision on a complete check, the same at submission and on a supplement (补正): DEFICIENT with the
 * one-time notice; otherwise accepted with the time budget, and an instant item decided at once when its rule decides
 * (not for a flagged applicant: a person looks).
 */
final class IntakeDecision {

    private final CaseWork work;
    private final WorkingDayCalendar calendar;
    private final Supplier<IntakeConfig> config;

    IntakeDecision(CaseWork work, WorkingDayCalendar calendar, Supplier<IntakeConfig> config) {
        this.work = work;
        this.calendar = calendar;
        this.config = config;
    }

    void decide(Change change, StoredCase k, ServiceItem item, ChecklistResult check, LocalDate today, String actor,
                String role) throws SQLException {
        k.details = k.details.withCommitment(check.replacedByCommitment());
        if (check.deficient()) {
            k.status = CaseStatus.DEFICIENT;
            k.missing = check.missingRequired();
            k.tolerated = check.missingTolerable();
            work.record(change, k, actor, role, f -> new CaseEvent.Deficient(f, "one-time notice: missing " + String.join("; ", check.missingRequired())
                    + (check.unknownCodes().isEmpty() ? "" : "; not on the checklist: " + String.join(", ", check.unknownCodes()))));
            return;
        }
        k.status = CaseStatus.ACCEPTED;
        k.missing = List.of();
        k.tolerated = check.missingTolerable();
        k.acceptedOn = today;
        k.details = k.details.withLimit(item.promisedLimitDays());
        k.promisedDate = Deadlines.promised(calendar, today, k.budget());
        int toleranceDays = check.missingTolerable().isEmpty() ? 0 : config.get().toleranceDays();
        k.toleranceDue = toleranceDays == 0 ? null : calendar.addWorkingDays(today, toleranceDays);
        k.details = k.details.withToleranceDays(toleranceDays);
        work.flagDates(k);
        work.record(change, k, actor, role, f -> new CaseEvent.Accepted(f, "promised " + k.promisedDate + (k.datesProvisional ? " (provisional)" : "")
                + (k.tolerated.isEmpty() ? "" : "; tolerated until " + k.toleranceDue + ": " + String.join("; ", k.tolerated))
                + (check.replacedByCommitment().isEmpty() ? "" : "; replaced by the signed commitment: "
                + String.join("; ", check.replacedByCommitment()))));
        if (item.caseKind() != CaseKind.INSTANT || !check.complete()) {
            return;
        }
        if (k.creditFlag != null) {
            work.record(change, k, actor, role, f -> new CaseEvent.Held(f, "not decided by rule: the applicant is flagged by the credit check"));
            return;
        }
        Optional<DecisionRule> rule = InstantRules.decide(item, k.application.form());
        if (rule.isEmpty()) {
            work.record(change, k, actor, role, f -> new CaseEvent.Held(f, "no declared rule decided: a reviewer decides"));
            return;
        }
        Lifecycle.check(k.caseNumber, k.status, CaseStatus.DECIDED);
        k.status = CaseStatus.DECIDED;
        k.outcome = rule.get().outcome() == RuleOutcome.APPROVE ? CaseOutcome.APPROVED : CaseOutcome.REJECTED;
        k.decidedOn = today;
        k.details = k.details.withRule(InstantRules.describe(rule.get()));
        if (k.outcome == CaseOutcome.APPROVED) {
            k.details = k.details.withResult(new CaseResult(item.resultName() == null ? item.name() : item.resultName(),
                    k.caseNumber, null, today));
        }
        work.record(change, k, actor, role, f -> new CaseEvent.Decided(f, k.outcome + ", decided at once by rule " + k.details.decisionRule()));
        work.scheduleCheck(change, k, actor, role);
    }
}
