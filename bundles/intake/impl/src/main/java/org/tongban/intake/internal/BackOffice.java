package org.tongban.intake.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.tongban.catalog.ServiceItem;
import org.tongban.core.audit.AccessLog;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.data.Transactions;
import org.tongban.core.fault.Fault;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.intake.CaseEvent;
import org.tongban.intake.CaseOutcome;
import org.tongban.intake.CaseResult;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.CaseView;
import org.tongban.intake.PostApprovalCheck;
import org.tongban.intake.PostCheckStatus;
import org.tongban.intake.RefusalDecision;
import org.tongban.intake.ReviewDecision;
import org.tongban.intake.ReviewStep;
import org.tongban.intake.ReviewTask;
import org.tongban.intake.SpecialProcedure;
import org.tongban.intake.StepStatus;
import org.tongban.intake.internal.CaseWork.Step;
import static org.tongban.intake.internal.CaseWork.requireText;
import static org.tongban.intake.internal.CaseWork.blankToNull;
import static org.tongban.intake.internal.CaseWork.inReview;

/** The back office: the departments' queues and reviews, post-approval checks (事后核查), suspensions, extensions, results. */
final class BackOffice {

    private final CaseWork work;
    private final Transactions tx;
    private final TongbanClock clock;
    private final WorkingDayCalendar calendar;
    private final AccessLog accessLog;
    private final Supplier<IntakeConfig> config;

    BackOffice(CaseWork work, Transactions tx, TongbanClock clock, WorkingDayCalendar calendar, AccessLog accessLog,
               Supplier<IntakeConfig> config) {
        this.work = work;
        this.tx = tx;
        this.clock = clock;
        this.calendar = calendar;
        this.accessLog = accessLog;
        this.config = config;
    }

    List<ReviewTask> reviewQueue(Caller caller, String departmentCode, int limit) {
        CaseAccess.requireRole(caller, "a department's queue", Role.REVIEWER, Role.SUPERVISOR, Role.OPS);
        String dept = departmentCode.trim().toUpperCase();
        if (!caller.has(Role.SUPERVISOR) && !caller.has(Role.OPS)) {
            CaseAccess.requireDepartment(caller, dept);
        }
        return tx.read(c -> ReviewStore.queue(c, dept, limit, k -> caller.covers(k.divisionCode)));
    }

    CaseView review(Caller caller, String caseNumber, String departmentCode, ReviewDecision decision, String opinion,
                           String legalBasis) {
        CaseAccess.requireRole(caller, "a review", Role.REVIEWER);
        String actor = caller.user();
        String role = caller.role();
        if (decision != ReviewDecision.APPROVE) {
            requireText(opinion, "opinion", "a " + decision.name().toLowerCase() + " states the reviewer's opinion");
        }
        String dept = departmentCode == null ? "" : departmentCode.trim().toUpperCase();
        CaseAccess.requireDepartment(caller, dept);
        return work.change(caseNumber, (change, k) -> {
            if (k.status != CaseStatus.DISPATCHED && k.status != CaseStatus.UNDER_REVIEW) {
                throw Fault.conflict("case " + caseNumber + " is " + k.status + ": it is not with the departments");
            }
            if (k.suspendedSince != null) {
                throw Fault.conflict("case " + caseNumber + " is suspended since " + k.suspendedSince
                        + " for a special procedure: resume it before deciding");
            }
            Instant now = clock.now();
            if (k.status == CaseStatus.DISPATCHED) {
                Lifecycle.check(caseNumber, k.status, CaseStatus.UNDER_REVIEW);
                k.status = CaseStatus.UNDER_REVIEW;
                work.record(change, k, actor, role, f -> new CaseEvent.ReviewStarted(f, "review started"));
            }
            StepStatus stepStatus = switch (decision) {
                case APPROVE -> StepStatus.APPROVED;
                case REJECT -> StepStatus.REJECTED;
                case RETURN -> StepStatus.RETURNED;
            };
            if (!ReviewStore.decide(change.sql(), caseNumber, k.round, dept, stepStatus, opinion, actor, now)) {
                throw Fault.conflict("department " + dept + " has no open step on case " + caseNumber
                        + " (not one of its departments, or already decided)");
            }
            List<ReviewStep> round = ReviewStore.round(change.sql(), caseNumber, k.round);
            String deptName = round.stream().filter(s -> s.departmentCode().equals(dept)).findFirst().orElseThrow().departmentName();
            work.record(change, k, actor, role, f -> new CaseEvent.Reviewed(f, decision, deptName + ": " + (opinion == null ? "" : opinion.trim())));
            ServiceItem item = work.pinned(k);
            RefusalDecision refusal = decision != ReviewDecision.REJECT ? null
                    : Refusals.decision(opinion, legalBasis, item, dept, deptName, actor, clock.today());
            ReviewRule.Verdict verdict = ReviewRule.evaluate(round.stream().map(ReviewStep::status).toList(), item.approvalsNeeded());
            switch (verdict) {
                case PENDING -> {
                    return Step.NONE;
                }
                case RETURNED -> {
                    ReviewStore.cancelPending(change.sql(), caseNumber, k.round, now);
                    Lifecycle.check(caseNumber, k.status, CaseStatus.RECEIVED);
                    k.status = CaseStatus.RECEIVED;
                    return new Step(f -> new CaseEvent.Returned(f, "returned to the window by " + deptName + ": " + (opinion == null ? "" : opinion.trim())));
                }
                default -> {
                    ReviewStore.cancelPending(change.sql(), caseNumber, k.round, now);
                    Lifecycle.check(caseNumber, k.status, CaseStatus.DECIDED);
                    k.status = CaseStatus.DECIDED;
                    k.outcome = verdict == ReviewRule.Verdict.APPROVED ? CaseOutcome.APPROVED : CaseOutcome.REJECTED;
                    k.decidedOn = clock.today();
                    if (k.outcome == CaseOutcome.REJECTED) {
                        k.details = k.details.withRefusalDecision(refusal);
                        return new Step(f -> new CaseEvent.Decided(f, Refusals.describe(refusal, item.isJointReview())));
                    }
                    long approvals = round.stream().filter(s -> s.status() == StepStatus.APPROVED).count();
                    String detail = k.outcome + " after " + approvals + " of " + round.size() + " approval(s)";
                    if (!PostChecks.due(k)) {
                        return new Step(f -> new CaseEvent.Decided(f, detail));
                    }
                    work.record(change, k, actor, role, f -> new CaseEvent.Decided(f, detail));
                    work.scheduleCheck(change, k, actor, role);
                    return Step.NONE;
                }
            }
        }, caller);
    }

    List<PostApprovalCheck> postApprovalChecks(Caller caller, PostCheckStatus status, boolean overdue, int limit) {
        CaseAccess.requireRole(caller, "the post-approval checks", Role.SUPERVISOR, Role.OPS, Role.REVIEWER);
        // Supervision watches every department of its division; a reviewer the checks their departments do.
        boolean allDepartments = caller.has(Role.NODE) || caller.has(Role.SUPERVISOR) || caller.has(Role.OPS);
        List<String> departments = allDepartments ? null : List.copyOf(caller.departments());
        PostCheckStatus s = overdue && status == null ? PostCheckStatus.OPEN : status;
        List<PostApprovalCheck> out = tx.read(c -> PostCheckStore.list(c, s, overdue ? clock.today() : null, caller.divisionPrefix(),
                departments, limit));
        accessLog.read(caller, "cases", "post-approval checks: " + out.size());
        return out;
    }

    CaseView recordPostCheck(Caller caller, String caseNumber, boolean passed, String finding) {
        CaseAccess.requireRole(caller, "a post-approval check (事后核查)", Role.REVIEWER);
        return work.change(caseNumber, (change, k) -> {
            CaseAccess.requireDepartment(caller, k.departmentCode);
            PostApprovalCheck done = PostChecks.done(k, passed, finding, caller.user(), clock.today());
            PostCheckStore.close(change.sql(), caseNumber, done.status(), done.checkedBy(), done.checkedOn(), done.finding());
            k.details = k.details.withPostCheck(done);
            if (passed) {
                return new Step(f -> new CaseEvent.PostChecked(f, CaseEvent.PostChecked.Stage.PASSED, "the commitment (告知承诺) held" + (done.finding() == null ? "" : ": " + done.finding())));
            }
            Lifecycle.check(caseNumber, k.status, CaseStatus.REVOKED);
            k.status = CaseStatus.REVOKED;
            return new Step(f -> new CaseEvent.Revoked(f, "approval revoked: the post-approval check (事后核查) found the commitment false: "
                    + done.finding()));
        }, caller);
    }

    CaseView suspend(Caller caller, String caseNumber, SpecialProcedure procedure, String reason) {
        CaseAccess.requireRole(caller, "a suspension", Role.REVIEWER);
        String actor = caller.user();
        if (procedure == null) {
            throw Fault.invalid("name the special procedure: one of " + java.util.Arrays.toString(SpecialProcedure.values()));
        }
        requireText(reason, "reason", "a suspension states what is being done and why");
        return work.change(caseNumber, (change, k) -> {
            inReview(k, "suspended");
            if (k.suspendedSince != null) {
                throw Fault.conflict("case " + caseNumber + " is already suspended since " + k.suspendedSince);
            }
            k.suspendedSince = clock.today();
            LedgerStore.startSuspension(change.sql(), caseNumber, procedure, reason.trim(), k.suspendedSince, actor);
            return new Step(f -> new CaseEvent.Suspended(f, procedure + ": " + reason.trim() + "; the clock stops"));
        }, caller);
    }

    CaseView resume(Caller caller, String caseNumber) {
        CaseAccess.requireRole(caller, "a resumption", Role.REVIEWER);
        return work.change(caseNumber, (change, k) -> {
            if (k.suspendedSince == null) {
                throw Fault.conflict("case " + caseNumber + " is not suspended");
            }
            LocalDate today = clock.today();
            long days = Deadlines.suspendedDays(calendar, k.suspendedSince, today);
            LedgerStore.endSuspension(change.sql(), caseNumber, today, days);
            k.suspendedSince = null;
            k.details = k.details.withSuspended(days);
            LocalDate before = k.promisedDate;
            k.promisedDate = Deadlines.promised(calendar, k.acceptedOn, k.budget());
            work.flagDates(k);
            return new Step(f -> new CaseEvent.Resumed(f, days + " working day(s) suspended; promised date " + before + " → " + k.promisedDate
                    + (k.datesProvisional ? " (provisional)" : "")));
        }, caller);
    }

    CaseView extend(Caller caller, String caseNumber, int days, String reason) {
        CaseAccess.requireRole(caller, "an extension", Role.REVIEWER);
        String actor = caller.user();
        requireText(reason, "reason", "an extension (延期) states its reason");
        if (days < 1) {
            throw Fault.invalid("an extension adds at least 1 working day");
        }
        return work.change(caseNumber, (change, k) -> {
            inReview(k, "extended");
            int max = work.pinned(k).isJointReview() ? config.get().maxJointExtensionDays() : config.get().maxExtensionDays();
            if (k.details.extensionDays() + days > max) {
                throw Fault.unprocessable("extension-limit", "case " + caseNumber + " has been extended by "
                        + k.details.extensionDays() + " working day(s); at most " + max + " in all are allowed");
            }
            LedgerStore.addExtension(change.sql(), caseNumber, days, reason.trim(), actor, clock.today());
            k.details = k.details.withExtension(days);
            LocalDate before = k.promisedDate;
            k.promisedDate = Deadlines.promised(calendar, k.acceptedOn, k.budget());
            work.flagDates(k);
            return new Step(f -> new CaseEvent.Extended(f, "+" + days + " working day(s): " + reason.trim() + "; promised date " + before
                    + " → " + k.promisedDate + (k.datesProvisional ? " (provisional)" : "")));
        }, caller);
    }

    CaseView complete(Caller caller, String caseNumber, CaseResult result) {
        CaseAccess.requireRole(caller, "recording a result", Role.REVIEWER);
        if (result == null || result.documentNumber() == null || result.documentNumber().isBlank()) {
            throw Fault.invalid("a result names the document number (and its name unless the item's result is meant)");
        }
        return work.change(caseNumber, (change, k) -> {
            if (k.status != CaseStatus.DECIDED) {
                throw Fault.conflict("case " + caseNumber + " is " + k.status + ": only a DECIDED case records its result");
            }
            if (k.details.result() != null) {
                throw Fault.conflict("case " + caseNumber + " already has its result " + k.details.result().documentNumber());
            }
            String name = result.documentName() != null && !result.documentName().isBlank() ? result.documentName().trim()
                    : k.outcome == CaseOutcome.APPROVED && work.pinned(k).resultName() != null ? work.pinned(k).resultName() : null;
            if (name == null) {
                throw Fault.invalid("documentName is required (the item names no result, or the case was rejected)");
            }
            k.details = k.details.withResult(new CaseResult(name, result.documentNumber().trim(), blankToNull(result.eCertificateRef()),
                    clock.today()));
            return new Step(f -> new CaseEvent.Completed(f, name + " " + result.documentNumber().trim()
                    + (k.details.result().eCertificateRef() == null ? "" : ", e-certificate " + k.details.result().eCertificateRef())));
        }, caller);
    }
}
