package org.tongban.supervision.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongban.supervision.ScanReport;
import org.tongban.supervision.Supervision;

@Service
@Command(scope = "tongban", name = "supervision-scan", description = "Runs the deadline scan now (it also runs on its schedule)")
public class ScanCommand implements Action {

    @Reference
    Supervision supervision;

    @Override
    public Object execute() {
        ScanReport r = supervision.scan(org.tongban.core.security.Caller.system("console"));
        System.out.printf("Scanned for %s: %d card(s) issued, %d closed, %d ms%n", r.day(), r.issued(), r.closed(), r.millis());
        return null;
    }
}
