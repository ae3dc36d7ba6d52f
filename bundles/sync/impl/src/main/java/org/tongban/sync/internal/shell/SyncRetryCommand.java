package org.tongban.sync.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongban.sync.Sync;

@Service
@Command(scope = "tongban", name = "sync-retry", description = "Sends a dead letter again (or drops it with --discard)")
public class SyncRetryCommand implements Action {

    @Reference
    Sync sync;

    @Argument(index = 0, name = "eventId", required = true, description = "The dead letter's event id")
    String eventId;

    @Option(name = "--discard", description = "Drop it for good instead")
    boolean discard;

    @Override
    public Object execute() {
        boolean done = discard ? sync.discard(eventId) : sync.retry(eventId);
        System.out.println(done ? (discard ? "Discarded " : "Queued again ") + eventId : "No dead letter " + eventId);
        return null;
    }
}
