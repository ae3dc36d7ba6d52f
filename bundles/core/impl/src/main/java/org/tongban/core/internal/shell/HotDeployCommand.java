package org.tongban.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** What ops may update in a running node without a failed request, and what takes a quiet hour. */
@Service
@Command(scope = "tongban", name = "hot-deploy", description = "Shows which tongban bundles update live with no failed request")
public class HotDeployCommand implements Action {

    @Reference
    BundleContext context;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Bundle");
        table.column("State");
        table.column("bundle:update");
        for (Bundle b : context.getBundles()) {
            String name = b.getSymbolicName();
            if (name != null && name.startsWith("org.tongban.")) {
                table.addRow().addContent(name, state(b), verdict(name));
            }
        }
        table.print(System.out);
        System.out.println("Live: requests for the capability wait (up to 10 s) for its new bundle; those inside finish on the old one.");
        return null;
    }

    static String verdict(String name) {
        if (name.equals("org.tongban.core.impl")) {
            return "QUIET HOUR: the REST servers, the hold and sessions live here, and Jetty restarts: ~15 s without HTTP";
        }
        if (name.equals("org.tongban.core.api")) {
            return "RESTART: every capability is wired to it";
        }
        if (name.endsWith(".api")) {
            return "live with its refresh: the capabilities wired to it restart, their requests held";
        }
        return "live: no failed request";
    }

    private static String state(Bundle b) {
        return switch (b.getState()) {
            case Bundle.ACTIVE -> "Active";
            case Bundle.RESOLVED -> "Resolved";
            case Bundle.STARTING -> "Starting";
            case Bundle.INSTALLED -> "Installed";
            default -> String.valueOf(b.getState());
        };
    }
}
