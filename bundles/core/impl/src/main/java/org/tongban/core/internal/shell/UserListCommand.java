package org.tongban.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.tongban.core.internal.security.PasswordHashes;
import org.tongban.core.internal.security.RealmLogins;
import org.tongban.core.internal.security.UsersFile;

@Service
@Command(scope = "tongban", name = "user-list", description = "Lists the accounts with their roles and units; never a password")
public class UserListCommand implements Action {

    @Reference
    RealmLogins logins;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Account");
        table.column("State");
        table.column("Roles and units");
        for (UsersFile.Entry e : logins.users().read().values()) {
            table.addRow().addContent(e.user(), e.disabled() ? "disabled" : PasswordHashes.isLegacy(e.hash()) ? "weak hash" : "enabled",
                    String.join(", ", e.names()));
        }
        table.print(System.out);
        return null;
    }
}
