package org.tongban.supervision.internal.shell;

import org.tongban.core.fault.Fault;
import org.tongban.core.text.Text;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.tongban.supervision.Card;
import org.tongban.supervision.CardColour;
import org.tongban.supervision.Supervision;

@Service
@Command(scope = "tongban", name = "card-list", description = "Lists e-supervision cards, the newest first (open ones unless --all)")
public class CardListCommand implements Action {

    @Reference
    Supervision supervision;

    @Option(name = "-d", aliases = "--department", description = "Only this department (credit code)")
    String department;

    @Completion(CardColourCompleter.class)
    @Option(name = "-c", aliases = "--colour", description = "WARNING, YELLOW or RED")
    String colour;

    @Option(name = "-a", aliases = "--all", description = "Closed cards too")
    boolean all;

    @Option(name = "-n", aliases = "--max", description = "At most this many cards")
    int max = 100;

    @Override
    public Object execute() {
        CardColour c;
        try {
            c = Text.option(CardColour.class, colour, "--colour");
        } catch (Fault e) {
            System.out.println(e.getMessage());
            return null;
        }
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Colour", "Case", "Scope", "Department", "Due", "Issued", "Closed"}) {
            table.column(column);
        }
        for (Card k : supervision.cards(org.tongban.core.security.Caller.system("console"), department, c, !all, max)) {
            table.addRow().addContent(k.colour(), k.caseNumber(), k.scope(), k.departmentName(), k.dueDate(), k.issuedOn(),
                    k.closedOn() == null ? "" : k.closedOn() + " " + k.closedReason());
        }
        table.print(System.out);
        return null;
    }
}
