package org.tongban.surrogate.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.tongban.surrogate.OnBehalfCase;
import org.tongban.surrogate.Surrogate;

@Service
@Command(scope = "tongban", name = "surrogate-cases", description = "Lists on-behalf cases (帮办代办), green channel first")
public class SurrogateCasesCommand implements Action {

    @Reference
    Surrogate surrogate;

    @Option(name = "-a", aliases = "--agent", description = "Only this agent's cases")
    String agent;

    @Option(name = "-g", aliases = "--green", description = "Only green-channel cases")
    boolean green;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Ref", "Agent", "Item", "Applicant", "Status", "Case", "Promised", "Green", "News"}) {
            table.column(column);
        }
        // The console is the node's operator: every case, narrowed by the agent asked for.
        for (OnBehalfCase k : surrogate.list(org.tongban.core.security.Caller.system("console"), green)) {
            if (agent != null && !agent.equals(k.agentAccount())) {
                continue;
            }
            table.addRow().addContent(k.ref(), k.agentAccount(), k.itemName(), k.applicantName(), k.status(),
                    k.caseNumber() == null ? "" : k.caseNumber(), k.promisedDate() == null ? "" : k.promisedDate(),
                    k.greenChannel() ? k.projectName() : "", k.lastNews() == null ? "" : k.lastNews());
        }
        table.print(System.out);
        return null;
    }
}
