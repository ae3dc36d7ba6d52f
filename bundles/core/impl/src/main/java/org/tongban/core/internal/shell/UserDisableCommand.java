package org.tongban.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongban.core.audit.AuditTrail;
import org.tongban.core.internal.security.AccountAdmin;
import org.tongban.core.internal.security.RealmLogins;

@Service
@Command(scope = "tongban", name = "user-disable", description = "Disables an account (it can no longer log in); --enable turns it back on")
public class UserDisableCommand implements Action {

    @Reference
    RealmLogins logins;

    @Reference
    AuditTrail audit;

    @Argument(index = 0, name = "user", required = true, description = "The account's name")
    String user;

    @Option(name = "--enable", description = "Enable the account instead")
    boolean enable;

    @Override
    public Object execute() {
        try {
            new AccountAdmin(logins.users(), audit).enable("console", user, enable);
            logins.forget(user);
            System.out.println("account " + user + (enable ? " enabled" : " disabled"));
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        return null;
    }
}
