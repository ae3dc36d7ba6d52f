package org.tongban.intake.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.tongban.catalog.CaseKind;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.DecisionRule;
import org.tongban.catalog.RuleOutcome;
import org.tongban.catalog.ServiceItem;
import org.tongban.catalog.VersionedItem;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.data.Change;
import org.tongban.core.data.Transactions;
import org.tongban.core.fault.Fault;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.intake.Application;
import org.tongban.intake.CaseEvent;
import org.tongban.intake.CaseOutcome;
import org.tongban.intake.CaseResult;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.CaseView;
import org.tongban.intake.Defaulter;
import org.tongban.intake.DefaulterList;
import org.tongban.intake.IntakeCheck;
import org.tongban.intake.IntakeOutcome;
import org.tongban.intake.MaterialFiles;
import org.tongban.intake.SubmittedMaterial;
import static org.tongban.intake.internal.CaseWork.locked;

/** The desk: pre-review and intake of applications, and supplements (补正, 容缺后补) of the cases they became. */
final class Desk {

    private final CaseWork work;
    private final CaseQueries queries;
    private final Catalog catalog;
    private final WorkingDayCalendar calendar;
    private final TongbanClock clock;
    private final Transactions tx;
    private final DefaulterList defaulters;
    private final MaterialFiles files;
    private final CaseNumberBlocks numbers;
    private final Supplier<IntakeConfig> config;
    /** The node's own division: the hall of online applications and of accounts without a division. */
    private final String nodeDivision;

    Desk(CaseWork work, CaseQueries queries, Catalog catalog, WorkingDayCalendar calendar, TongbanClock clock, Transactions tx,
         DefaulterList defaulters, MaterialFiles files, CaseNumberBlocks numbers, Supplier<IntakeConfig> config, String nodeDivision) {
        this.work = work;
        this.queries = queries;
        this.catalog = catalog;
        this.calendar = calendar;
        this.clock = clock;
        this.tx = tx;
        this.defaulters = defaulters;
        this.files = files;
        this.numbers = numbers;
        this.config = config;
        this.nodeDivision = nodeDivision;
    }

    IntakeCheck preReview(Application application) {
        VersionedItem item = validated(application);
        Optional<String> refusal = IntakeGate.refusal(item.item(), application.applicant().type());
        boolean commitmentRefused = commitmentRefused(application, item.item(), defaulters.find(application.applicant().idNumber()));
        ChecklistResult check = Checklist.evaluate(item.item(), application.materials(),
                application.commitmentSigned() && !commitmentRefused);
        IntakeOutcome outcome = refusal.isPresent() ? IntakeOutcome.REFUSED : check.deficient() ? IntakeOutcome.DEFICIENT
                : check.missingTolerable().isEmpty() ? IntakeOutcome.ACCEPTED : IntakeOutcome.ACCEPTED_WITH_TOLERANCE;
        LocalDate promised = outcome == IntakeOutcome.ACCEPTED || outcome == IntakeOutcome.ACCEPTED_WITH_TOLERANCE
                ? calendar.addWorkingDays(clock.today(), item.item().promisedLimitDays()) : null;
        return new IntakeCheck(outcome, item.item().implementationCode(), item.version(), check.missingRequired(),
                check.missingTolerable(), check.replacedByCommitment(), check.unknownCodes(),
                IntakeGate.refusalCode(item.item(), application.applicant().type())
                        .map(code -> Messages.text(Messages.CHINESE, code, item.item().name())).orElse(null), promised,
                promised != null && calendar.provisionalBetween(clock.today(), promised),
                commitmentRefused ? Messages.text(Messages.CHINESE, "commitment.refused") : null);
    }

    CaseView submit(Caller caller, Application submitted) {
        CaseAccess.requireRole(caller, "an application", Role.CLERK, Role.AGENT, Role.APPLICANT);
        Application application = CaseAccess.atOwnWindow(caller, submitted);
        String actor = caller.user();
        String role = caller.role();
        VersionedItem item = validated(application);
        CaseAccess.requireOwnApplication(caller, application.applicant().idNumber());
        Optional<String> refusal = IntakeGate.refusal(item.item(), application.applicant().type());
        Optional<Defaulter> listed = defaulters.find(application.applicant().idNumber());
        boolean commitmentRefused = commitmentRefused(application, item.item(), listed);
        ChecklistResult check = Checklist.evaluate(item.item(), application.materials(),
                application.commitmentSigned() && !commitmentRefused);
        String creditFlag = listed.map(Desk::flag).orElse(null);
        Instant now = clock.now();
        LocalDate today = clock.today();
        if (application.externalRef() != null) {
            // A forwarded application is one case however often it arrives (the sender retries until it hears back).
            Optional<CaseView> known = tx.read(c -> CaseStore.byExternalRef(c, application.externalRef())).flatMap(n -> queries.find(caller, n));
            if (known.isPresent()) {
                return known.get();
            }
        }
        // The number comes from a block reserved in a short transaction of its own (one in NUMBER_BLOCK submissions
        // pays for it): the per-item sequence row is then locked for a moment, not for the whole submission, so clerks
        // taking in the same item do not queue, and a submission forces one commit, not two. A failed submission
        // is given its number back (the next submission takes it), so a refusal uses none.
        String number = numbers.next(item.item().implementationCode(), today);
        try {
            return admitted(caller, application, item, refusal, check, creditFlag, commitmentRefused, number, now, today);
        } catch (RuntimeException failed) {
            numbers.giveBack(item.item().implementationCode(), today, number);
            throw failed;
        }
    }

    private CaseView admitted(Caller caller, Application application, VersionedItem item, Optional<String> refusal,
                              ChecklistResult check, String creditFlag, boolean commitmentRefused, String number, Instant now,
                              LocalDate today) {
        String actor = caller.user();
        String role = caller.role();
        return work.inChange(change -> {
            StoredCase k = new StoredCase();
            k.caseNumber = number;
            k.itemCode = item.item().implementationCode();
            k.itemVersion = item.version();
            k.itemName = item.item().name();
            k.application = application;
            k.createdAt = now;
            k.updatedAt = now;
            k.creditFlag = creditFlag;
            k.departmentCode = item.item().department().creditCode();
            k.departmentName = item.item().department().name();
            k.acceptedBy = actor;
            k.queryCode = QueryCodes.next();
            // Whose the case is: the hall of the account that took it in, and an agent's service point.
            k.divisionCode = caller.division() != null ? caller.division() : nodeDivision;
            k.pointCode = caller.has(Role.AGENT) ? caller.point() : null;
            k.status = CaseStatus.DEFICIENT;
            CaseWork.created(change, k);
            work.record(change, k, actor, role, f -> new CaseEvent.Submitted(f, "channel " + application.channel() + ", item version " + item.version()
                    + (creditFlag == null ? "" : "; credit check: " + creditFlag)));
            if (commitmentRefused) {
                k.details = k.details.withCommitmentRefused();
                work.record(change, k, actor, role, f -> new CaseEvent.CommitmentRefused(f, "the applicant is a listed judgment defaulter (失信联合惩戒):"
                        + " the signed commitment (告知承诺) is not taken for " + k.itemCode + "; the ordinary checklist applies"));
            }
            if (refusal.isPresent()) {
                k.status = CaseStatus.REFUSED;
                // The applicant reads the reason in Chinese from the message bundle; the audit keeps the staff's wording.
                String code = IntakeGate.refusalCode(item.item(), application.applicant().type()).orElseThrow();
                k.details = k.details.withRefusal(Messages.text(Messages.CHINESE, code, k.itemName)).withRefusalCode(code);
                work.record(change, k, actor, role, f -> new CaseEvent.Refused(f, refusal.get()));
            } else {
                decide(change, k, item.item(), check, today, actor, role);
            }
            // One insert of the case as decided (the events above carry each step): an insert and then an update of
            // every column and index of the row cost the committer twice the work for the same result.
            CaseStore.insert(change.sql(), k);
            return k.view();
        });
    }

    CaseView supplement(Caller caller, String caseNumber, List<SubmittedMaterial> materials) {
        CaseAccess.requireRole(caller, "a supplement", Role.CLERK, Role.AGENT, Role.APPLICANT);
        String actor = caller.user();
        String role = caller.role();
        if (materials == null || materials.isEmpty()) {
            throw Fault.invalid("a supplement hands in at least one material");
        }
        List<String> faults = ApplicationCheck.materialProblems(materials);
        if (faults.isEmpty()) {
            faults = unknownFiles(materials);
        }
        if (!faults.isEmpty()) {
            throw Fault.invalid("the supplement has " + faults.size() + " fault(s)", faults);
        }
        LocalDate today = clock.today();
        return work.inChange(change -> {
            StoredCase k = locked(change.sql(), caller, caseNumber);
            Application a = k.application;
            List<SubmittedMaterial> all = new ArrayList<>(a.materials());
            all.addAll(materials);
            k.application = new Application(a.itemCode(), a.applicant(), a.form(), all, a.channel(), a.commitmentSigned(), a.window(),
                    a.externalRef(), a.priority());
            k.updatedAt = clock.now();
            ServiceItem item = work.pinned(k);
            Set<String> checklist = item.materials().stream().map(m -> m.code()).collect(Collectors.toSet());
            List<String> offList = materials.stream().map(SubmittedMaterial::code).filter(code -> !checklist.contains(code)).toList();
            if (!offList.isEmpty()) {
                throw Fault.invalid("the supplement names material(s) not on the checklist of " + item.implementationCode(),
                        offList.stream().map(code -> "material " + code + " is not on the item's checklist").toList());
            }
            String added = materials.stream().map(SubmittedMaterial::code).collect(Collectors.joining(", "));
            if (k.status == CaseStatus.DEFICIENT) {
                work.record(change, k, actor, role, f -> new CaseEvent.Supplemented(f, "补正: " + added));
                decide(change, k, item, Checklist.evaluate(item, all, commitmentTaken(k)), today, actor, role);
            } else if (Set.of(CaseStatus.ACCEPTED, CaseStatus.RECEIVED, CaseStatus.DISPATCHED, CaseStatus.UNDER_REVIEW,
                    CaseStatus.DECIDED).contains(k.status) && !k.tolerated.isEmpty()) {
                // 容缺后补: what was tolerated at intake is handed in later; the case stays where it is.
                List<String> still = Checklist.evaluate(item, all, commitmentTaken(k)).missingTolerable();
                k.tolerated = still;
                k.toleranceDue = still.isEmpty() ? null : k.toleranceDue;
                work.record(change, k, actor, role, f -> new CaseEvent.Supplemented(f, "容缺后补: " + added
                        + (still.isEmpty() ? "; nothing tolerated is owed any more" : "; still owed: " + String.join("; ", still))));
            } else {
                throw Fault.conflict("case " + caseNumber + " is " + k.status
                        + ": a supplement goes to a DEFICIENT case or supplies tolerated materials of an accepted one");
            }
            CaseStore.update(change.sql(), k);
            return k.view();
        });
    }

    /**
     * The intake decision on a complete check: DEFICIENT with the one-time notice; otherwise accepted with the time
     * budget, and an instant item decided at once when its rule decides (not for a flagged applicant: a person looks).
     */
    private void decide(Change change, StoredCase k, ServiceItem item, ChecklistResult check, LocalDate today, String actor,
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

    /** A {@code file:} reference must name a file handed in here; anything else refers to an external store. */
    private List<String> unknownFiles(List<SubmittedMaterial> materials) {
        return materials.stream().filter(m -> m.fileRef() != null && m.fileRef().startsWith("file:"))
                .filter(m -> files.find(m.fileRef()).isEmpty())
                .map(m -> "materials " + m.code() + ": no uploaded file " + m.fileRef() + " (upload it with POST /api/v1/files)").toList();
    }

    private VersionedItem validated(Application application) {
        List<String> problems = application == null ? List.of("send the application as JSON")
                : new ArrayList<>(ApplicationCheck.problems(application));
        if (problems.isEmpty()) {
            problems.addAll(unknownFiles(application.materials()));
        }
        if (!problems.isEmpty()) {
            throw Fault.invalid("the application has " + problems.size() + " fault(s)", problems);
        }
        return catalog.current(application.itemCode()).orElseThrow(() -> Fault.unprocessable(
                "unknown-item", "no item " + application.itemCode() + " in this node's catalogue"));
    }

    /** 失信联合惩戒: a listed applicant's signed commitment is not taken where the node's rules restrict the item. */
    private boolean commitmentRefused(Application application, ServiceItem item, Optional<Defaulter> listed) {
        return application.commitmentSigned() && listed.isPresent() && CommitmentRestriction.of(config.get()).applies(item);
    }

    /** Whether the case's signed commitment stands in for proofs (not when it was refused at intake). */
    private static boolean commitmentTaken(StoredCase k) {
        return k.application.commitmentSigned() && !k.details.commitmentRefused();
    }

    private static String flag(Defaulter d) {
        return "judgment defaulter (失信被执行人) " + d.reference() + ", listed " + d.listedOn();
    }
}
