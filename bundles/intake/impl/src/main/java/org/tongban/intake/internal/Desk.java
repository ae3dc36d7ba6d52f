package org.tongban.intake.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.ServiceItem;
import org.tongban.catalog.VersionedItem;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.data.Transactions;
import org.tongban.core.fault.Fault;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.intake.Application;
import org.tongban.intake.CaseEvent;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.CaseView;
import org.tongban.intake.Defaulter;
import org.tongban.intake.DefaulterList;
import org.tongban.intake.IntakeCheck;
import org.tongban.intake.IntakeOutcome;
import org.tongban.intake.MaterialFiles;

/** The desk: pre-review and intake of applications (their supplements are {@link Supplements}). */
final class Desk {

    private final CaseWork work;
    private final IntakeDecision decision;
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

    Desk(CaseWork work, IntakeDecision decision, CaseQueries queries, Catalog catalog, WorkingDayCalendar calendar, TongbanClock clock, Transactions tx,
         DefaulterList defaulters, MaterialFiles files, CaseNumberBlocks numbers, Supplier<IntakeConfig> config, String nodeDivision) {
        this.work = work;
        this.decision = decision;
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
        Sanctions sanctions = sanctions(application, item.item(), defaulters.find(application.applicant().idNumber()));
        boolean commitmentRefused = sanctions.commitmentRefused();
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
                commitmentRefused ? Messages.text(Messages.CHINESE, "commitment.refused") : null,
                sanctions.priorityRefused() ? Messages.text(Messages.CHINESE, "priority.refused") : null);
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
        Sanctions sanctions = sanctions(application, item.item(), listed);
        ChecklistResult check = Checklist.evaluate(item.item(), application.materials(),
                application.commitmentSigned() && !sanctions.commitmentRefused());
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
            return admitted(caller, application, item, refusal, check, creditFlag, sanctions, number, now, today);
        } catch (RuntimeException failed) {
            numbers.giveBack(item.item().implementationCode(), today, number);
            throw failed;
        }
    }

    private CaseView admitted(Caller caller, Application application, VersionedItem item, Optional<String> refusal,
                              ChecklistResult check, String creditFlag, Sanctions sanctions, String number, Instant now,
                              LocalDate today) {
        String actor = caller.user();
        String role = caller.role();
        return work.inChange(change -> {
            StoredCase k = new StoredCase();
            k.caseNumber = number;
            k.itemCode = item.item().implementationCode();
            k.itemVersion = item.version();
            k.itemName = item.item().name();
            k.application = sanctions.applied(application);
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
            if (sanctions.commitmentRefused()) {
                k.details = k.details.withCommitmentRefused();
                work.record(change, k, actor, role, f -> new CaseEvent.CommitmentRefused(f, "the applicant is a listed judgment defaulter (失信联合惩戒):"
                        + " the signed commitment (告知承诺) is not taken for " + k.itemCode + "; the ordinary checklist applies"));
            }
            if (sanctions.priorityRefused()) {
                k.details = k.details.withPriorityRefused();
                work.record(change, k, actor, role, f -> new CaseEvent.PriorityRefused(f, "the applicant is a listed judgment defaulter (失信联合惩戒):"
                        + " the green channel (绿色通道) is not opened for " + k.itemCode + "; the case is queued in the ordinary order"));
            }
            if (refusal.isPresent()) {
                k.status = CaseStatus.REFUSED;
                // The applicant reads the reason in Chinese from the message bundle; the audit keeps the staff's wording.
                String code = IntakeGate.refusalCode(item.item(), application.applicant().type()).orElseThrow();
                k.details = k.details.withRefusal(Messages.text(Messages.CHINESE, code, k.itemName)).withRefusalCode(code);
                work.record(change, k, actor, role, f -> new CaseEvent.Refused(f, refusal.get()));
            } else {
                decision.decide(change, k, item.item(), check, today, actor, role);
            }
            // One insert of the case as decided (the events above carry each step): an insert and then an update of
            // every column and index of the row cost the committer twice the work for the same result.
            CaseStore.insert(change.sql(), k);
            return k.view();
        });
    }

    private VersionedItem validated(Application application) {
        List<String> problems = application == null ? List.of("send the application as JSON")
                : new ArrayList<>(ApplicationCheck.problems(application));
        if (problems.isEmpty()) {
            problems.addAll(ApplicationCheck.unknownFiles(application.materials(), ref -> files.find(ref).isPresent()));
        }
        if (!problems.isEmpty()) {
            throw Fault.invalid("the application has " + problems.size() + " fault(s)", problems);
        }
        return catalog.current(application.itemCode()).orElseThrow(() -> Fault.unprocessable(
                "unknown-item", "no item " + application.itemCode() + " in this node's catalogue"));
    }

    /** 失信联合惩戒: what a listed applicant is not given where the node's rules restrict the item. */
    private Sanctions sanctions(Application application, ServiceItem item, Optional<Defaulter> listed) {
        return Sanctions.of(application, item, listed.isPresent(), CommitmentRestriction.of(config.get()));
    }

    private static String flag(Defaulter d) {
        return "judgment defaulter (失信被执行人) " + d.reference() + ", listed " + d.listedOn();
    }
}
