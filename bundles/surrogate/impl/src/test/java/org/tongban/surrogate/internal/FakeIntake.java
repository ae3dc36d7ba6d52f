package org.tongban.surrogate.internal;

import org.tongban.core.fault.Fault;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tongban.catalog.MaterialRequirement;
import org.tongban.catalog.ServiceItem;
import org.tongban.core.data.Change;
import org.tongban.core.data.Changes;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.intake.Application;
import org.tongban.intake.CaseEvent;
import org.tongban.intake.CaseEventCodec;
import org.tongban.intake.CaseFacts;
import org.tongban.intake.CaseObserver;
import org.tongban.intake.CaseResult;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.CaseView;
import org.tongban.intake.Delivery;
import org.tongban.intake.Intake;
import org.tongban.intake.IntakeCheck;
import org.tongban.intake.MaterialScan;
import org.tongban.intake.PostApprovalCheck;
import org.tongban.intake.PostCheckStatus;
import org.tongban.intake.PublishedResult;
import org.tongban.intake.ReviewDecision;
import org.tongban.intake.ReviewTask;
import org.tongban.intake.SpecialProcedure;
import org.tongban.intake.SubmittedMaterial;
import org.tongban.intake.TimelineEntry;

/**
 * A small stand-in for the node's intake at the edge of the surrogate tests (the real one is intake's to test): it
 * keeps what it was given and by whom, makes one case per external reference, checks the required materials, decides
 * DEFICIENT or ACCEPTED, and tells its observers as part of each change, on its {@link Change}, as intake does. An agent sees and
 * supplements only the cases it handed in; an applicant ID that is not 18 characters is refused as invalid input.
 */
final class FakeIntake implements Intake {

    record Submission(Caller caller, Application application) {
    }

    final List<Submission> submissions = new ArrayList<>();
    final List<Caller> supplementedBy = new ArrayList<>();
    final List<CaseObserver> observers = new CopyOnWriteArrayList<>();
    private final Map<String, Kept> cases = new LinkedHashMap<>();
    private final Changes changes;
    private final Map<String, ServiceItem> items;

    private static final class Kept {
        String number;
        Application application;
        String acceptedBy;
        CaseStatus status;
        List<String> missing;
        LocalDate promised;
    }

    FakeIntake(Changes changes, Map<String, ServiceItem> items) {
        this.changes = changes;
        this.items = items;
    }

    @Override
    public CaseView submit(Caller caller, Application a) {
        if (!caller.has(Role.AGENT) && !caller.has(Role.CLERK)) {
            throw Fault.forbidden("an application needs a clerk or an agent");
        }
        submissions.add(new Submission(caller, a));
        Optional<Kept> known = cases.values().stream().filter(k -> a.externalRef() != null && a.externalRef().equals(
                k.application.externalRef())).findFirst();
        if (known.isPresent()) {
            return view(known.get());
        }
        if (a.applicant().idNumber().length() != 18) {
            throw Fault.invalid("the application has 1 fault(s)", List.of("applicant.idNumber is not a valid ID number"));
        }
        Kept k = new Kept();
        k.number = a.itemCode() + "202611250" + (cases.size() + 1);
        k.application = a;
        k.acceptedBy = caller.user();
        cases.put(k.number, k);
        changes.apply(ch -> {
            tell(ch, "case.submitted", k);
            check(ch, k, a.materials());
            return null;
        });
        return view(k);
    }

    @Override
    public CaseView supplement(Caller caller, String caseNumber, List<SubmittedMaterial> materials) {
        Kept k = visible(caller, caseNumber).orElseThrow(() -> Fault.notFound("no case " + caseNumber));
        supplementedBy.add(caller);
        List<SubmittedMaterial> all = new ArrayList<>(k.application.materials());
        all.addAll(materials);
        changes.apply(ch -> {
            check(ch, k, all);
            return null;
        });
        return view(k);
    }

    @Override
    public Optional<CaseView> find(Caller caller, String caseNumber) {
        return visible(caller, caseNumber).map(FakeIntake::view);
    }

    private Optional<Kept> visible(Caller caller, String caseNumber) {
        return Optional.ofNullable(cases.get(caseNumber)).filter(k -> caller.has(Role.NODE) || caller.has(Role.CLERK)
                || caller.user().equals(k.acceptedBy));
    }

    private void check(Change ch, Kept k, List<SubmittedMaterial> handedIn) {
        Set<String> given = new java.util.HashSet<>(handedIn.stream().filter(SubmittedMaterial::provided).map(SubmittedMaterial::code).toList());
        k.missing = items.get(k.application.itemCode()).materials().stream()
                .filter(m -> m.requirement() == MaterialRequirement.REQUIRED && !given.contains(m.code())).map(m -> m.code()).toList();
        k.status = k.missing.isEmpty() ? CaseStatus.ACCEPTED : CaseStatus.DEFICIENT;
        k.promised = k.missing.isEmpty() ? LocalDate.of(2026, 12, 2) : null;
        tell(ch, k.missing.isEmpty() ? "case.accepted" : "case.deficient", k);
    }

    private void tell(Change ch, String action, Kept k) {
        CaseFacts facts = new CaseFacts(k.number, k.status == null ? CaseStatus.DEFICIENT : k.status, k.application.itemCode(), 1,
                "item", null, null, null, null, null, null, k.application.externalRef(), null, k.promised, null, false, null,
                k.missing, List.of(), null, null);
        CaseEvent event = CaseEventCodec.event(action, facts, null).orElseThrow();
        for (CaseObserver o : observers) {
            o.changed(ch, event);
        }
    }

    private static CaseView view(Kept k) {
        return new CaseView(k.number, k.application.itemCode(), 1, "item", k.status, k.application.applicant().name(), "masked",
                k.application.channel(), null, k.promised, null, k.missing, List.of(), null, List.of(), null, null, null, null, null,
                null, null, List.of(), List.of(), List.of(), Instant.EPOCH, Instant.EPOCH, false, "Q", Map.of(), List.of(), null, null,
                null, List.of());
    }

    // ---- not used by the surrogate's paths under test --------------------------------------------------------

    public IntakeCheck preReview(Application application) {
        throw new UnsupportedOperationException();
    }

    public CaseView refuse(Caller caller, String caseNumber, String reason) {
        throw new UnsupportedOperationException();
    }

    public CaseView transition(Caller caller, String caseNumber, CaseStatus to, String opinion) {
        throw new UnsupportedOperationException();
    }

    public List<PostApprovalCheck> postApprovalChecks(Caller caller, PostCheckStatus status, boolean overdue, int limit) {
        throw new UnsupportedOperationException();
    }

    public CaseView recordPostCheck(Caller caller, String caseNumber, boolean passed, String finding) {
        throw new UnsupportedOperationException();
    }

    public List<ReviewTask> reviewQueue(Caller caller, String departmentCode, int limit) {
        throw new UnsupportedOperationException();
    }

    public CaseView review(Caller caller, String caseNumber, String departmentCode, ReviewDecision decision, String opinion,
                           String legalBasis) {
        throw new UnsupportedOperationException();
    }

    public CaseView suspend(Caller caller, String caseNumber, SpecialProcedure procedure, String reason) {
        throw new UnsupportedOperationException();
    }

    public CaseView resume(Caller caller, String caseNumber) {
        throw new UnsupportedOperationException();
    }

    public CaseView extend(Caller caller, String caseNumber, int days, String reason) {
        throw new UnsupportedOperationException();
    }

    public CaseView complete(Caller caller, String caseNumber, CaseResult result) {
        throw new UnsupportedOperationException();
    }

    public CaseView deliver(Caller caller, String caseNumber, Delivery delivery) {
        throw new UnsupportedOperationException();
    }

    public Optional<MaterialScan> scan(Caller caller, String caseNumber, int materialId) {
        throw new UnsupportedOperationException();
    }

    public List<CaseView> list(Caller caller, CaseStatus status, int limit) {
        throw new UnsupportedOperationException();
    }

    public Optional<CaseView> progress(String caseNumber, String queryCode) {
        throw new UnsupportedOperationException();
    }

    public List<TimelineEntry> timeline(Caller caller, String caseNumber) {
        throw new UnsupportedOperationException();
    }

    public List<PublishedResult> publishedResults(String itemCode, int limit) {
        throw new UnsupportedOperationException();
    }
}
