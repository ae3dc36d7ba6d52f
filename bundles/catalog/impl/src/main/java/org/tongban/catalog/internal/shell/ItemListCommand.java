package org.tongban.catalog.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.ItemQuery;
import org.tongban.catalog.ServiceItem;
import org.tongban.catalog.VersionedItem;

@Service
@Command(scope = "tongban", name = "item-list", description = "Lists the service items of the catalogue, optionally matching a text")
public class ItemListCommand implements Action {

    @Reference
    Catalog catalog;

    @Argument(index = 0, name = "text", description = "Part of the name or code", required = false)
    String text;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Code");
        table.column("Name");
        table.column("Department");
        table.column("Kind");
        table.column("Days").alignRight();
        table.column("Ver").alignRight();
        for (VersionedItem v : catalog.search(new ItemQuery(text, null, null, 0, 500))) {
            ServiceItem i = v.item();
            table.addRow().addContent(i.implementationCode(), i.name(), i.department().name(), i.caseKind(),
                    i.promisedLimitDays(), v.version());
        }
        table.print(System.out);
        return null;
    }
}
