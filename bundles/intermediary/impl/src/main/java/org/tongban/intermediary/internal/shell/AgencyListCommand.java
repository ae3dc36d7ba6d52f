package org.tongban.intermediary.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.tongban.core.fault.Fault;
import org.tongban.core.text.Text;
import org.tongban.intermediary.Agency;
import org.tongban.intermediary.AgencyStatus;
import org.tongban.intermediary.Marketplace;

@Service
@Command(scope = "tongban", name = "agency-list", description = "Lists the intermediary agencies with their credit and qualifications")
public class AgencyListCommand implements Action {

    @Reference
    Marketplace market;

    @Option(name = "-s", aliases = "--status", description = "PENDING, ADMITTED or REJECTED (default: all)")
    String status;

    @Override
    public Object execute() {
        AgencyStatus s;
        try {
            s = Text.option(AgencyStatus.class, status, "status");
        } catch (Fault e) {
            System.out.println(e.getMessage());
            return null;
        }
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Id", "Name", "Credit code", "Status", "Credit", "Grade", "Qualifications", "Blacklisted"}) {
            table.column(column);
        }
        for (Agency a : market.agencies(s)) {
            table.addRow().addContent(a.id(), a.name(), a.creditCode(), a.status(), a.creditScore(), a.creditGrade(),
                    String.join(", ", a.qualifications().stream().map(q -> q.serviceCode() + " to " + q.validUntil()).toList()),
                    a.blacklisting() == null ? "" : "until " + a.blacklisting().until());
        }
        table.print(System.out);
        return null;
    }

}
