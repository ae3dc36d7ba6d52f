package org.tongban.intermediary.internal.shell;

import org.tongban.core.fault.Fault;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongban.intermediary.DrawVerification;
import org.tongban.intermediary.Marketplace;

@Service
@Command(scope = "tongban", name = "draw-verify",
        description = "Recomputes a project's published selection from its record and checks the seed against its commitment")
public class DrawVerifyCommand implements Action {

    @Reference
    Marketplace market;

    @Argument(index = 0, name = "project", description = "The project id", required = true)
    long project;

    @Override
    public Object execute() {
        try {
            DrawVerification v = market.verify(project);
            System.out.println("Rules " + v.rulesVersion() + " match their version: " + (v.rulesMatchVersion() ? "yes" : "NO"));
            System.out.println("Seed matches its commitment: " + (v.seedMatchesCommitment() ? "yes" : "NO"));
            System.out.println("Winner recorded " + v.recordedWinner() + ", recomputed " + v.recomputedWinner());
            System.out.println("Short list recorded " + v.recordedShortlist() + ", recomputed " + v.recomputedShortlist());
            if (v.recordedReference() != null) {
                System.out.println("Reference price recorded " + v.recordedReference() + ", recomputed " + v.recomputedReference());
            }
            System.out.println(v.matches() ? "The selection checks out." : "MISMATCH: the published selection does not follow from its record.");
        } catch (Fault e) {
            System.out.println(e.getMessage());
        }
        return null;
    }
}
