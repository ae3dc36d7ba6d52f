package org.tongban.evaluation.internal.shell;

import org.tongban.core.fault.Fault;
import org.tongban.core.text.Text;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.tongban.evaluation.Evaluation;
import org.tongban.evaluation.Evaluations;
import org.tongban.evaluation.Satisfaction;

@Service
@Command(scope = "tongban", name = "evaluation-list", description = "Lists evaluations (好差评), the newest first")
public class EvaluationListCommand implements Action {

    @Reference
    Evaluations evaluations;

    @Option(name = "-c", aliases = "--case", description = "Only this case")
    String caseNumber;

    @Option(name = "-d", aliases = "--department", description = "Only this department (credit code)")
    String department;

    @Completion(SatisfactionCompleter.class)
    @Option(name = "-l", aliases = "--level", description = "Only this level, e.g. DISSATISFIED")
    String level;

    @Option(name = "-n", aliases = "--max", description = "At most this many")
    int max = 50;

    @Override
    public Object execute() {
        Satisfaction l;
        try {
            l = Text.option(Satisfaction.class, level, "--level");
        } catch (Fault e) {
            System.out.println(e.getMessage());
            return null;
        }
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Id", "Case", "Level", "Channel", "Department", "Window", "Clerk", "On", "Counts"}) {
            table.column(column);
        }
        for (Evaluation e : evaluations.list(org.tongban.core.security.Caller.system("console"), caseNumber, department, l, null, null, max)) {
            table.addRow().addContent(e.id(), e.caseNumber() + (e.followUp() ? " (追评)" : ""), e.level().label(), e.channel(),
                    e.departmentName(), e.window() == null ? "" : e.window(), e.clerk() == null ? "" : e.clerk(), e.evaluatedOn(),
                    e.superseded() ? "superseded" : e.appeal() == null ? "yes" : "appeal " + e.appeal());
        }
        table.print(System.out);
        return null;
    }
}
