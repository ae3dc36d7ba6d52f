package org.tongban.surrogate.internal.shell;

import org.tongban.core.fault.Fault;
import org.tongban.core.text.Text;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.tongban.core.NodeLevel;
import org.tongban.surrogate.Agent;
import org.tongban.surrogate.Surrogate;

@Service
@Command(scope = "tongban", name = "agent-network", description = "The agent network this node knows: its own points and those below")
public class AgentNetworkCommand implements Action {

    @Reference
    Surrogate surrogate;

    @Completion(NodeLevelCompleter.class)
    @Option(name = "-l", aliases = "--level", description = "VILLAGE, TOWNSHIP, COUNTY or CITY")
    String level;

    @Option(name = "-d", aliases = "--division", description = "Division code prefix")
    String division;

    @Override
    public Object execute() {
        NodeLevel l;
        try {
            l = Text.option(NodeLevel.class, level, "--level");
        } catch (Fault e) {
            System.out.println(e.getMessage());
            return null;
        }
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Level", "Division", "Point", "Agent", "Account", "Node"}) {
            table.column(column);
        }
        for (Agent a : surrogate.network(org.tongban.core.security.Caller.system("console"), l, division)) {
            table.addRow().addContent(a.level(), a.divisionCode(), a.pointName(), a.name(), a.account(), a.nodeId());
        }
        table.print(System.out);
        return null;
    }
}
