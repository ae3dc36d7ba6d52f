package org.tongban.intake.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongban.intake.CaseView;
import org.tongban.intake.Intake;
import org.tongban.intake.ReviewStep;
import org.tongban.intake.TimelineEntry;

@Service
@Command(scope = "tongban", name = "case-show", description = "Shows a case and its timeline")
public class CaseShowCommand implements Action {

    @Reference
    Intake intake;

    @Argument(index = 0, name = "caseNumber", required = true, description = "The case number on the receipt")
    String number;

    @Override
    public Object execute() {
        CaseView c = intake.find(org.tongban.core.security.Caller.system("console"), number).orElse(null);
        if (c == null) {
            System.out.println("No case " + number);
            return null;
        }
        System.out.printf("Case       %s%nItem       %s (%s v%d)%nStatus     %s%nApplicant  %s %s (%s)%n", c.caseNumber(), c.itemName(),
                c.itemCode(), c.itemVersion(), c.status(), c.applicantName(), c.applicantIdMasked(), c.channel());
        System.out.printf("Accepted   %s%nPromised   %s%n", c.acceptedOn() == null ? "-" : c.acceptedOn(),
                c.promisedDate() == null ? "-" : c.promisedDate() + (c.datesProvisional()
                        ? " (provisional: counted over a year whose official calendar is not loaded yet)" : ""));
        if (!c.missingMaterials().isEmpty()) {
            System.out.println("Missing    " + String.join("; ", c.missingMaterials()));
        }
        if (!c.toleratedMaterials().isEmpty()) {
            System.out.println("Tolerated  " + String.join("; ", c.toleratedMaterials()) + " until " + c.toleranceDue());
        }
        if (c.timeBudget().suspended()) {
            System.out.println("Suspended  since " + c.timeBudget().suspendedSince() + " (the clock is stopped)");
        }
        if (c.creditFlag() != null) {
            System.out.println("Credit     " + c.creditFlag());
        }
        if (c.outcome() != null) {
            System.out.println("Outcome    " + c.outcome() + " on " + c.decidedOn()
                    + (c.decisionRule() == null ? "" : " by rule " + c.decisionRule()));
        }
        if (c.refusalDecision() != null) {
            System.out.println("Not granted " + c.refusalDecision().departmentName() + ": " + c.refusalDecision().reasons() + " (legal basis: "
                    + c.refusalDecision().legalBasis() + ")");
        }
        if (c.refusalReason() != null) {
            System.out.println("Refused    " + c.refusalReason());
        }
        if (c.result() != null) {
            System.out.println("Result     " + c.result().documentName() + " " + c.result().documentNumber());
        }
        for (org.tongban.intake.CaseMaterial m : c.materials()) {
            System.out.printf("Material   %d %s %s  %s%n", m.id(), m.code(), m.name() == null ? "" : m.name(),
                    m.eCertificateRef() != null ? m.eCertificateRef() : m.scanStored() ? m.fileName() + " (scan stored)"
                    : m.fileRef() == null ? "" : m.fileRef());
        }
        for (ReviewStep s : c.reviewSteps()) {
            System.out.printf("Review     round %d  %-24s %-9s %s%n", s.round(), s.departmentName(), s.status(),
                    s.opinion() == null ? "" : s.opinion());
        }
        System.out.println("Timeline");
        for (TimelineEntry e : intake.timeline(org.tongban.core.security.Caller.system("console"), number)) {
            System.out.printf("  %s  %-20s %-12s %s%n", e.at(), e.action(), e.actor(), e.detail());
        }
        return null;
    }
}
