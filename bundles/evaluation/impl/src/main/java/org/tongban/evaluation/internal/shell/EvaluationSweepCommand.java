package org.tongban.evaluation.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongban.evaluation.Evaluations;
import org.tongban.evaluation.SweepReport;

@Service
@Command(scope = "tongban", name = "evaluation-sweep",
        description = "Invites finished cases, records default ratings and escalates overdue rectifications now")
public class EvaluationSweepCommand implements Action {

    @Reference
    Evaluations evaluations;

    @Override
    public Object execute() {
        SweepReport r = evaluations.sweep();
        System.out.println("Sweep of " + r.day() + ": " + r.invited() + " invited, " + r.defaulted() + " default rating(s), "
                + r.cardsIssued() + " supervision card(s) in " + r.millis() + " ms");
        return null;
    }
}
