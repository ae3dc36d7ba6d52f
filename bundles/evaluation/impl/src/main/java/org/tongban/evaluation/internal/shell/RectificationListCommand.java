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
import org.tongban.evaluation.Evaluations;
import org.tongban.evaluation.Rectification;
import org.tongban.evaluation.RectificationStatus;

@Service
@Command(scope = "tongban", name = "rectification-list", description = "Lists rectification tasks of bad reviews, the earliest due first")
public class RectificationListCommand implements Action {

    @Reference
    Evaluations evaluations;

    @Completion(RectificationStatusCompleter.class)
    @Option(name = "-s", aliases = "--status", description = "OPEN, VERIFIED, RECTIFIED, ANSWERED, CLOSED or VOID")
    String status;

    @Option(name = "-d", aliases = "--department", description = "Only this department (credit code)")
    String department;

    @Option(name = "-n", aliases = "--max", description = "At most this many")
    int max = 50;

    @Override
    public Object execute() {
        RectificationStatus s;
        try {
            s = Text.option(RectificationStatus.class, status, "--status");
        } catch (Fault e) {
            System.out.println(e.getMessage());
            return null;
        }
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Id", "Case", "Department", "Status", "Opened", "Due", "Named", "Called back", "Closed"}) {
            table.column(column);
        }
        for (Rectification r : evaluations.rectifications(org.tongban.core.security.Caller.system("console"), s, department, max)) {
            table.addRow().addContent(r.id(), r.caseNumber(), r.departmentName(), r.status(), r.openedOn(), r.dueDate(),
                    r.named() ? "yes" : "", r.callBack() == null ? "" : "yes", r.closedOn() == null ? "" : r.closedOn());
        }
        table.print(System.out);
        return null;
    }
}
