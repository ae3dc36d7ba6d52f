package org.tongban.core.internal.shell;

import java.util.ArrayList;
import java.util.List;
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
@Command(scope = "tongban", name = "user-add",
        description = "Adds an account with its roles and units; prints its generated password once")
public class UserAddCommand implements Action {

    @Reference
    RealmLogins logins;

    @Reference
    AuditTrail audit;

    @Argument(index = 0, name = "user", required = true, description = "The account's name")
    String user;

    @Option(name = "--role", multiValued = true, required = true, description = "A role: clerk, reviewer, agent, agency, supervisor, ops, applicant, node")
    List<String> roles;

    @Option(name = "--unit", multiValued = true, description = "A unit: division:CODE, department:CREDITCODE, window:W, point:P, agency:A, identity:ID")
    List<String> units;

    @Override
    public Object execute() {
        List<String> names = new ArrayList<>(roles);
        if (units != null) {
            names.addAll(units);
        }
        try {
            String password = new AccountAdmin(logins.users(), audit).add("console", user, names, null);
            System.out.println("account " + user + " added; its password (shown once): " + password);
        } catch (IllegalArgumentException e) {
            System.out.println("not added: " + e.getMessage());
        }
        return null;
    }
}
