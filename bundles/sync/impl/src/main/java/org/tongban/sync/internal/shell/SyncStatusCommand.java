package org.tongban.sync.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongban.sync.Sync;
import org.tongban.sync.SyncStatus;

@Service
@Command(scope = "tongban", name = "sync-status", description = "Shows the link to the parent node: queue, deliveries, failures")
public class SyncStatusCommand implements Action {

    @Reference
    Sync sync;

    @Override
    public Object execute() {
        SyncStatus s = sync.status();
        System.out.printf("Upstream      %s%nRoute         %s%nPending       %d event(s)%nDelivered     %d since start%n"
                + "Dead letters  %d%nLast delivery %s%n", s.upstream() == null ? "(none)" : s.upstream(),
                s.running() ? "running" : "stopped", s.pending(), s.deliveredSinceStart(), s.deadLetters(),
                s.lastDelivery() == null ? "-" : s.lastDelivery());
        System.out.printf("Catalogue     %s%n", s.lastCatalogPull() == null ? "not pulled yet" : "pulled " + s.lastCatalogPull());
        if (s.failuresInARow() > 0) {
            System.out.printf("Failing       %d attempt(s) in a row, last at %s: %s%n", s.failuresInARow(), s.lastErrorAt(), s.lastError());
        }
        return null;
    }
}
