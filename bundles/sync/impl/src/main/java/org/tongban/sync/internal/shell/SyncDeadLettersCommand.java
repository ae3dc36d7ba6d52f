package org.tongban.sync.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.tongban.sync.DeadLetter;
import org.tongban.sync.Sync;

@Service
@Command(scope = "tongban", name = "sync-dead-letters", description = "Lists events the parent rejected, with the reason")
public class SyncDeadLettersCommand implements Action {

    @Reference
    Sync sync;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Event", "Origin", "Subject", "Type", "Reason", "At"}) {
            table.column(column);
        }
        for (DeadLetter d : sync.deadLetters(500)) {
            table.addRow().addContent(d.eventId(), d.originNode(), d.subject(), d.type(), d.reason(), d.at());
        }
        table.print(System.out);
        return null;
    }
}
