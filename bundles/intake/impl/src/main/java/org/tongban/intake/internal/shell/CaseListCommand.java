package org.tongban.intake.internal.shell;

import org.tongban.core.fault.Fault;
import org.tongban.core.text.Text;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.CaseView;
import org.tongban.intake.Intake;

@Service
@Command(scope = "tongban", name = "case-list", description = "Lists cases, the oldest promised date first")
public class CaseListCommand implements Action {

    @Reference
    Intake intake;

    @Completion(CaseStatusCompleter.class)
    @Option(name = "-s", aliases = "--status", description = "Only cases in this status (e.g. ACCEPTED, DEFICIENT)")
    String status;

    @Option(name = "-n", aliases = "--max", description = "At most this many cases")
    int max = 50;

    @Override
    public Object execute() {
        CaseStatus s;
        try {
            s = Text.option(CaseStatus.class, status, "--status");
        } catch (Fault e) {
            System.out.println(e.getMessage());
            return null;
        }
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Case", "Item", "Status", "Applicant", "Accepted", "Promised"}) {
            table.column(column);
        }
        for (CaseView c : intake.list(org.tongban.core.security.Caller.system("console"), s, max)) {
            table.addRow().addContent(c.caseNumber(), c.itemName(), c.status(), c.applicantName() + " " + c.applicantIdMasked(),
                    c.acceptedOn() == null ? "" : c.acceptedOn(), c.promisedDate() == null ? "" : c.promisedDate());
        }
        table.print(System.out);
        return null;
    }
}
