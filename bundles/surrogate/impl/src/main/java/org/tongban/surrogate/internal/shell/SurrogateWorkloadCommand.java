package org.tongban.surrogate.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.tongban.surrogate.Surrogate;
import org.tongban.surrogate.Workload;
import org.tongban.surrogate.WorkloadBy;

@Service
@Command(scope = "tongban", name = "surrogate-workload",
        description = "Workload of the agent network (帮办代办) known to this node: per agent, point or level")
public class SurrogateWorkloadCommand implements Action {

    @Reference
    Surrogate surrogate;

    @Option(name = "-b", aliases = "--by", description = "agent (default), point or level")
    String by = "agent";

    @Option(name = "-d", aliases = "--division", description = "Only where the division code starts with this")
    String division;

    @Override
    public Object execute() {
        WorkloadBy grouping;
        try {
            grouping = WorkloadBy.valueOf(by.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            System.err.println("--by is agent, point or level");
            return null;
        }
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Key", "Name", "Level", "Division", "Cases", "Pending", "Closed", "Avg days", "Fees",
                "Green", "Copies", "Mailings"}) {
            table.column(column);
        }
        for (Workload w : surrogate.workload(org.tongban.core.security.Caller.system("console"), grouping, division)) {
            table.addRow().addContent(w.key(), w.name(), w.level(), w.divisionCode(), w.cases(), w.pending(), w.closed(),
                    w.averageDays(), w.fees(), w.greenChannel(), w.freeCopies(), w.mailings());
        }
        table.print(System.out);
        return null;
    }
}
