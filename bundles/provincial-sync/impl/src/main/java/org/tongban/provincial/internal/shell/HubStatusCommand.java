package org.tongban.provincial.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.tongban.provincial.HubStatus;
import org.tongban.provincial.ProvincialSync;
import org.tongban.provincial.RejectedRecord;

@Service
@Command(scope = "tongban", name = "hub-status", description = "The link to the provincial hub and the records it refused")
public class HubStatusCommand implements Action {

    @Reference
    ProvincialSync sync;

    @Override
    public Object execute() {
        HubStatus s = sync.status();
        System.out.println("Hub:            " + (s.hubUrl() == null ? "(none configured)" : s.hubUrl()) + " as " + s.format());
        System.out.println("Route running:  " + s.running());
        System.out.println("Pending events: " + s.pendingEvents());
        System.out.println("Delivered:      " + s.recordsDelivered() + " record(s), last " + s.lastDelivery());
        System.out.println("Failures:       " + s.failuresInARow() + " in a row" + (s.lastError() == null ? "" : ", last: " + s.lastError()));
        System.out.println("Refused:        " + s.rejectedRecords());
        System.out.println("Catalogue:      " + (s.lastCataloguePull() == null ? "not pulled yet" : "pulled " + s.lastCataloguePull()));
        if (s.rejectedRecords() > 0) {
            ShellTable table = new ShellTable();
            for (String column : new String[] {"Record", "Data set", "Case", "Reason", "At"}) {
                table.column(column);
            }
            for (RejectedRecord r : sync.rejected(20)) {
                table.addRow().addContent(r.recordId(), r.dataset(), r.caseNumber(), r.reason(), r.at());
            }
            table.print(System.out);
        }
        return null;
    }
}
