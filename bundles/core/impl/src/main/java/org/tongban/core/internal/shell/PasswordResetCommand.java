package org.tongban.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.tongban.core.audit.AuditTrail;
import org.tongban.core.internal.security.AccountAdmin;
import org.tongban.core.internal.security.RealmLogins;

@Service
@Command(scope = "tongban", name = "password-reset", description = "Gives an account a new generated password (salted hash), printed once")
public class PasswordResetCommand implements Action {

    @Reference
    RealmLogins logins;

    @Reference
    AuditTrail audit;

    @Argument(index = 0, name = "user", required = true, description = "The account's name")
    String user;

    @Override
    public Object execute() {
        try {
            String password = new AccountAdmin(logins.users(), audit).resetPassword("console", user, null);
            logins.forget(user);
            System.out.println("new password of " + user + " (shown once): " + password);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        return null;
    }
}
