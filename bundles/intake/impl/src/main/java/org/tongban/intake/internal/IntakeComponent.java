package org.tongban.intake.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.CaseKind;
import org.tongban.catalog.ServiceItem;
import org.tongban.catalog.VersionedItem;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.audit.AuditTrail;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.calendar.WorkingDayCalendar;
import org.tongban.core.data.SchemaMigrations;
import org.tongban.core.data.Transactions;
import org.tongban.core.outbox.Outbox;
import org.tongban.core.rest.ProblemException;
import org.tongban.intake.Application;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.CaseView;
import org.tongban.intake.Intake;
import org.tongban.intake.SubmittedMaterial;
import org.tongban.intake.TimelineEntry;

/**
 * One-window intake. Each change of a case is written with its audit record and its outbox event in one
 * transaction; the case row is locked while it changes.
 */
@Component(service = Intake.class)
public class IntakeComponent implements Intake {

    /** Working days a tolerantly accepted case has to supply what it lacks (容缺 deadline). */
    static final int TOLERANCE_DAYS = 5;

    private final Transactions tx;
    private final Catalog catalog;
    private final WorkingDayCalendar calendar;
    private final TongbanClock clock;
    private final AuditTrail audit;
    private final Outbox outbox;

    @Activate
    public IntakeComponent(@Reference Transactions tx, @Reference SchemaMigrations migrations, @Reference Catalog catalog,
                           @Reference WorkingDayCalendar calendar, @Reference TongbanClock clock, @Reference AuditTrail audit,
                           @Reference Outbox outbox) {
        this.tx = tx;
        this.catalog = catalog;
        this.calendar = calendar;
        this.clock = clock;
        this.audit = audit;
        this.outbox = outbox;
        migrations.migrate("intake", IntakeComponent.class.getClassLoader());
    }

    @Override
    public CaseView submit(Application application, String actor, String role) {
        List<String> problems = ApplicationCheck.problems(application);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("the application has " + problems.size() + " fault(s)", problems);
        }
        VersionedItem item = catalog.current(application.itemCode()).orElseThrow(() -> ProblemException.unprocessable(
                "unknown-item", "no item " + application.itemCode() + " in this node's catalogue"));
        ChecklistResult check = Checklist.evaluate(item.item(), application.materials(), application.commitmentSigned());
        Instant now = clock.now();
        LocalDate today = clock.today();
        return tx.inTransaction(c -> {
            String number = CaseNumbers.next(c, item.item().implementationCode(), today);
            StoredCase k = decide(new StoredCase(number, item.item().implementationCode(), item.version(), item.item().name(),
                    CaseStatus.DEFICIENT, application, List.of(), List.of(), null, null, null, now, now), item.item(), check, today);
            CaseStore.insert(c, k);
            record(c, k, "case.submitted", actor, role, "channel " + application.channel() + ", item version " + item.version());
            record(c, k, "case." + k.status().name().toLowerCase(), actor, role, describe(k, check));
            return k.view();
        });
    }

    @Override
    public CaseView supplement(String caseNumber, List<SubmittedMaterial> materials, String actor, String role) {
        LocalDate today = clock.today();
        return tx.inTransaction(c -> {
            StoredCase k = locked(c, caseNumber);
            if (k.status() != CaseStatus.DEFICIENT) {
                throw ProblemException.conflict("case " + caseNumber + " is " + k.status() + ": only a DEFICIENT case takes a supplement");
            }
            List<SubmittedMaterial> all = new ArrayList<>(k.application().materials());
            all.addAll(materials);
            Application a = k.application();
            Application supplemented = new Application(a.itemCode(), a.applicant(), a.form(), all, a.channel(), a.commitmentSigned());
            ServiceItem item = catalog.version(k.itemCode(), k.itemVersion()).orElseThrow().item();
            ChecklistResult check = Checklist.evaluate(item, all, a.commitmentSigned());
            StoredCase next = decide(new StoredCase(k.caseNumber(), k.itemCode(), k.itemVersion(), k.itemName(), k.status(),
                    supplemented, k.missing(), k.tolerated(), null, null, null, k.createdAt(), clock.now()), item, check, today);
            Lifecycle.check(caseNumber, k.status(), next.status());
            CaseStore.update(c, next);
            record(c, next, "case.supplemented", actor, role, materials.size() + " material(s) added");
            if (next.status() != CaseStatus.DEFICIENT) {
                record(c, next, "case." + next.status().name().toLowerCase(), actor, role, describe(next, check));
            }
            return next.view();
        });
    }

    @Override
    public CaseView transition(String caseNumber, CaseStatus to, String opinion, String actor, String role) {
        return tx.inTransaction(c -> {
            StoredCase k = locked(c, caseNumber);
            Lifecycle.check(caseNumber, k.status(), to);
            StoredCase next = k.with(to, clock.now());
            CaseStore.update(c, next);
            record(c, next, "case." + to.name().toLowerCase(), actor, role, opinion == null ? "" : opinion);
            return next.view();
        });
    }

    @Override
    public Optional<CaseView> find(String caseNumber) {
        return tx.read(c -> CaseStore.find(c, caseNumber)).map(StoredCase::view);
    }

    @Override
    public Optional<CaseView> progress(String caseNumber, String idNumber) {
        return tx.read(c -> CaseStore.find(c, caseNumber))
                .filter(k -> idNumber != null && k.application().applicant().idNumber().equalsIgnoreCase(idNumber.trim()))
                .map(StoredCase::view);
    }

    @Override
    public List<TimelineEntry> timeline(String caseNumber) {
        return audit.bySubject(subject(caseNumber)).stream()
                .map(r -> new TimelineEntry(r.at(), r.action(), r.actor(), r.role(), r.detail())).toList();
    }

    /** The intake decision: deficient, accepted (with tolerated materials and their deadline), or decided at once. */
    private StoredCase decide(StoredCase k, ServiceItem item, ChecklistResult check, LocalDate today) {
        if (check.deficient()) {
            return new StoredCase(k.caseNumber(), k.itemCode(), k.itemVersion(), k.itemName(), CaseStatus.DEFICIENT,
                    k.application(), check.missingRequired(), check.missingTolerable(), null, null, null, k.createdAt(), k.updatedAt());
        }
        boolean instant = item.caseKind() == CaseKind.INSTANT && check.complete();
        LocalDate promised = calendar.addWorkingDays(today, item.promisedLimitDays());
        LocalDate toleranceDue = check.missingTolerable().isEmpty() ? null : calendar.addWorkingDays(today, TOLERANCE_DAYS);
        return new StoredCase(k.caseNumber(), k.itemCode(), k.itemVersion(), k.itemName(),
                instant ? CaseStatus.DECIDED : CaseStatus.ACCEPTED, k.application(), List.of(), check.missingTolerable(),
                today, promised, toleranceDue, k.createdAt(), k.updatedAt());
    }

    private static String describe(StoredCase k, ChecklistResult check) {
        return switch (k.status()) {
            case DEFICIENT -> "one-time notice: missing " + String.join("; ", check.missingRequired());
            case DECIDED -> "decided at once by rule: instant item, checklist complete";
            default -> "promised " + k.promisedDate()
                    + (check.missingTolerable().isEmpty() ? "" : "; tolerated until " + k.toleranceDue() + ": "
                    + String.join("; ", check.missingTolerable()))
                    + (check.replacedByCommitment().isEmpty() ? "" : "; replaced by commitment: " + String.join("; ", check.replacedByCommitment()));
        };
    }

    private void record(Connection c, StoredCase k, String action, String actor, String role, String detail) throws SQLException {
        audit.append(c, new AuditEntry(actor, role, action, subject(k.caseNumber()), detail));
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("caseNumber", k.caseNumber());
        event.put("status", k.status());
        event.put("itemCode", k.itemCode());
        event.put("itemVersion", k.itemVersion());
        event.put("acceptedOn", k.acceptedOn() == null ? null : k.acceptedOn().toString());
        event.put("promisedDate", k.promisedDate() == null ? null : k.promisedDate().toString());
        event.put("detail", detail);
        outbox.append(c, subject(k.caseNumber()), action, 1, event);
    }

    private static StoredCase locked(Connection c, String caseNumber) throws SQLException {
        return CaseStore.lock(c, caseNumber).orElseThrow(() -> ProblemException.notFound("no case " + caseNumber));
    }

    private static String subject(String caseNumber) {
        return "case:" + caseNumber;
    }
}
