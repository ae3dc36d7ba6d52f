package org.tongban.intake.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tongban.catalog.ServiceItem;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.fault.Fault;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.intake.Application;
import org.tongban.intake.CaseEvent;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.CaseView;
import org.tongban.intake.MaterialFiles;
import org.tongban.intake.SubmittedMaterial;
import static org.tongban.intake.internal.CaseWork.locked;

/**
 * Supplements of a case at the desk: 补正 of a DEFICIENT case, decided again on everything handed in, and 容缺后补 of
 * the materials an accepted case was given time for (the case stays where it is).
 */
final class Supplements {

    private final CaseWork work;
    private final IntakeDecision decision;
    private final TongbanClock clock;
    private final MaterialFiles files;

    Supplements(CaseWork work, IntakeDecision decision, TongbanClock clock, MaterialFiles files) {
        this.work = work;
        this.decision = decision;
        this.clock = clock;
        this.files = files;
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
            faults = ApplicationCheck.unknownFiles(materials, ref -> files.find(ref).isPresent());
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
                decision.decide(change, k, item, Checklist.evaluate(item, all, commitmentTaken(k)), today, actor, role);
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

    /** Whether the case's signed commitment stands in for proofs (not when it was refused at intake). */
    private static boolean commitmentTaken(StoredCase k) {
        return k.application.commitmentSigned() && !k.details.commitmentRefused();
    }
}
