package org.tongban.supervision.internal.shell;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.supervision.Bulletin;
import org.tongban.supervision.BulletinLine;
import org.tongban.supervision.Supervision;
import org.tongban.supervision.internal.BulletinCsv;

@Service
@Command(scope = "tongban", name = "bulletin", description = "The monthly bulletin per department (月度通报)")
public class BulletinCommand implements Action {

    @Reference
    Supervision supervision;

    @Reference
    TongbanClock clock;

    @Argument(index = 0, name = "month", description = "YYYY-MM; this month when left out")
    String month;

    @Option(name = "--csv", description = "Print CSV instead of a table")
    boolean csv;

    @Override
    public Object execute() {
        YearMonth m;
        try {
            m = month == null ? YearMonth.from(clock.today()) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            System.out.println("The month is YYYY-MM, not " + month);
            return null;
        }
        Bulletin b = supervision.bulletin(org.tongban.core.security.Caller.system("console"), m);
        if (csv) {
            System.out.print(BulletinCsv.write(b).substring(1));
            return null;
        }
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Department", "Submitted", "Online", "Decided", "On time", "Yellow", "Red"}) {
            table.column(column);
        }
        for (BulletinLine l : b.departments()) {
            add(table, l);
        }
        add(table, b.total());
        System.out.println("Bulletin " + m);
        table.print(System.out);
        return null;
    }

    private static void add(ShellTable table, BulletinLine l) {
        table.addRow().addContent(l.departmentName(), l.submissions(), percent(l.onlineShare()), l.completions(),
                percent(l.onTimeRate()), l.yellowCards(), l.redCards());
    }

    private static String percent(double share) {
        return String.format("%.1f%%", share * 100);
    }
}
