package org.tongban.intake.internal;

import java.util.List;
import java.util.Optional;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.ServiceItem;
import org.tongban.catalog.VersionedItem;
import org.tongban.core.audit.AccessLog;
import org.tongban.core.audit.AuditTrail;
import org.tongban.core.data.Transactions;
import org.tongban.core.fault.Fault;
import org.tongban.core.security.Caller;
import org.tongban.intake.CaseMaterial;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.CaseView;
import org.tongban.intake.MaterialFiles;
import org.tongban.intake.MaterialScan;
import org.tongban.intake.PublishedResult;
import org.tongban.intake.ReviewStep;
import org.tongban.intake.Suspension;
import org.tongban.intake.TimelineEntry;
import static org.tongban.intake.internal.CaseWork.subject;

/** Reading cases: one case as its caller may see it, its scans, lists, the public progress look-up, timelines, results. */
final class CaseQueries {

    private final Transactions tx;
    private final Catalog catalog;
    private final MaterialFiles files;
    private final AuditTrail audit;
    /** Who read which case: every read by a person is noted (core keeps it six months and more). */
    private final AccessLog accessLog;

    CaseQueries(Transactions tx, Catalog catalog, MaterialFiles files, AuditTrail audit, AccessLog accessLog) {
        this.tx = tx;
        this.catalog = catalog;
        this.files = files;
        this.audit = audit;
        this.accessLog = accessLog;
    }

    Optional<CaseView> find(Caller caller, String caseNumber) {
        return seen(caller, caseNumber).map(k -> {
            accessLog.read(caller, subject(caseNumber), "case");
            return CaseViews.forCaller(caller, k.view(materialsOf(k.kase())));
        });
    }

    Optional<MaterialScan> scan(Caller caller, String caseNumber, int materialId) {
        Optional<Seen> seen = seen(caller, caseNumber);
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        CaseMaterial m = materialsOf(seen.get().kase()).stream().filter(x -> x.id() == materialId).findFirst()
                .orElseThrow(() -> Fault.notFound("case " + caseNumber + " has no material " + materialId));
        Optional<org.tongban.intake.StoredFile> file = m.scanStored() ? files.find(m.fileRef()) : Optional.empty();
        Optional<java.io.InputStream> content = file.flatMap(f -> files.open(f.fileRef()));
        if (content.isEmpty()) {
            throw Fault.notFound("material " + materialId + " (" + m.code() + ") of case " + caseNumber
                    + " has no scan stored on this node" + (m.eCertificateRef() != null ? ": it is the e-certificate "
                    + m.eCertificateRef() : m.fileRef() != null ? ": it refers to " + m.fileRef() : ""));
        }
        accessLog.read(caller, subject(caseNumber), "scan of material " + materialId + " (" + m.code() + ")");
        return Optional.of(new MaterialScan(m, file.get(), content.get()));
    }

    /** A case with its sub-records, read when the caller may see it. */
    private record Seen(StoredCase kase, List<ReviewStep> steps, List<Suspension> suspensions, List<org.tongban.intake.Extension> extensions) {
        CaseView view(List<CaseMaterial> materials) {
            return kase.view(steps, suspensions, extensions, materials);
        }
    }

    private Optional<Seen> seen(Caller caller, String caseNumber) {
        return tx.read(c -> {
            Optional<StoredCase> k = CaseStore.find(c, caseNumber);
            if (k.isEmpty()) {
                return Optional.<Seen>empty();
            }
            List<ReviewStep> steps = ReviewStore.steps(c, caseNumber);
            if (!CaseAccess.sees(caller, k.get(), steps.stream().map(ReviewStep::departmentCode).toList())) {
                return Optional.<Seen>empty();
            }
            return Optional.of(new Seen(k.get(), steps, LedgerStore.suspensions(c, caseNumber), LedgerStore.extensions(c, caseNumber)));
        });
    }

    /** The materials handed in, named from the pinned checklist, with what this node stores of each scan. */
    private List<CaseMaterial> materialsOf(StoredCase k) {
        ServiceItem item = catalog.version(k.itemCode, k.itemVersion).map(VersionedItem::item).orElse(null);
        return CaseMaterials.of(k.application.materials(), item, files::find);
    }

    List<CaseView> list(Caller caller, CaseStatus status, int limit) {
        List<CaseView> cases = tx.read(c -> CaseStore.list(c, status, CaseAccess.condition(caller), limit)).stream()
                .map(k -> CaseViews.forCaller(caller, k.view())).toList();
        accessLog.read(caller, "cases", "case list of " + cases.size() + (status == null ? "" : " " + status));
        return cases;
    }

    Optional<CaseView> progress(String caseNumber, String queryCode) {
        if (queryCode == null || tx.read(c -> CaseStore.find(c, caseNumber)).filter(k -> QueryCodes.matches(k.queryCode, queryCode))
                .isEmpty()) {
            return Optional.empty();
        }
        // The applicant sees their case but not what the credit check found (that is for reviewers), nor on this
        // public path the form and the materials (their account's view of the case shows them).
        return find(Caller.system("progress"), caseNumber).map(CaseViews::forProgress);
    }

    List<TimelineEntry> timeline(Caller caller, String caseNumber) {
        if (find(caller, caseNumber).isEmpty()) {
            return List.of();
        }
        accessLog.read(caller, subject(caseNumber), "timeline");
        return audit.bySubject(subject(caseNumber)).stream()
                .map(r -> new TimelineEntry(r.at(), r.action(), r.actor(), r.role(), r.detail())).toList();
    }

    List<PublishedResult> publishedResults(String itemCode, int limit) {
        return tx.read(c -> CaseStore.published(c, itemCode == null || itemCode.isBlank() ? null : itemCode.trim(), limit));
    }
}
