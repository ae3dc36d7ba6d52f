package org.tongban.intermediary.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.tongban.core.fault.Fault;
import org.tongban.core.text.Text;
import org.tongban.intermediary.Marketplace;
import org.tongban.intermediary.Project;
import org.tongban.intermediary.ProjectStatus;

@Service
@Command(scope = "tongban", name = "intermediary-projects", description = "Lists marketplace projects, the newest first")
public class ProjectListCommand implements Action {

    @Reference
    Marketplace market;

    @Option(name = "-s", aliases = "--status", description = "OPEN, AWAITING_CHOICE, SELECTED, FAILED, CONTRACTED, DELIVERED, REVIEWED, CANCELLED")
    String status;

    @Option(name = "-n", aliases = "--max", description = "At most this many")
    int max = 50;

    @Override
    public Object execute() {
        ProjectStatus s;
        try {
            s = Text.option(ProjectStatus.class, status, "status");
        } catch (Fault e) {
            System.out.println(e.getMessage());
            return null;
        }
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Id", "Code", "Title", "Service", "Method", "Closes", "Registered", "Status", "Winner"}) {
            table.column(column);
        }
        for (Project p : market.projects(s, max)) {
            table.addRow().addContent(p.id(), p.code(), p.title(), p.serviceName(), p.method(), p.registrationCloses(),
                    p.registrations() == null ? "sealed" : p.registrations(),
                    p.status(), p.winnerAgencyId() == null ? "" : p.winnerAgencyId());
        }
        table.print(System.out);
        return null;
    }
}
