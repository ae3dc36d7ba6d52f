package org.tongban.evaluation.internal.shell;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.security.Caller;
import org.tongban.evaluation.Dimension;
import org.tongban.evaluation.Evaluations;
import org.tongban.evaluation.SatisfactionLine;
import org.tongban.evaluation.Statistics;

@Service
@Command(scope = "tongban", name = "evaluation-stats",
        description = "Satisfaction by window, clerk, department, item or node; --ranking ranks the windows (or the groups of --by)")
public class EvaluationStatsCommand implements Action {

    @Reference
    Evaluations evaluations;

    @Reference
    TongbanClock clock;

    @Option(name = "-b", aliases = "--by", description = "WINDOW, CLERK, DEPARTMENT, ITEM or NODE; default DEPARTMENT, or WINDOW with --ranking")
    String by;

    @Option(name = "-f", aliases = "--from", description = "First day (YYYY-MM-DD), default the first of this month")
    String from;

    @Option(name = "-t", aliases = "--to", description = "Last day (YYYY-MM-DD), default today")
    String to;

    @Option(name = "-r", aliases = "--ranking", description = "The ranking, equal rates sharing a rank, top and bottom places marked")
    boolean ranking;

    @Override
    public Object execute() {
        Dimension d;
        LocalDate f;
        LocalDate t;
        try {
            d = by == null ? (ranking ? Dimension.WINDOW : Dimension.DEPARTMENT) : Dimension.valueOf(by.toUpperCase());
            f = from == null ? clock.today().withDayOfMonth(1) : LocalDate.parse(from);
            t = to == null ? clock.today() : LocalDate.parse(to);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            System.out.println("--by is WINDOW, CLERK, DEPARTMENT, ITEM or NODE; dates are YYYY-MM-DD (" + e.getMessage() + ")");
            return null;
        }
        if (t.isBefore(f)) {
            System.out.println("--to is before --from");
            return null;
        }
        Statistics s = ranking ? evaluations.ranking(Caller.system("console"), d, f, t) : evaluations.statistics(Caller.system("console"), d, f, t);
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Rank", s.dimension().name(), "Evaluated", "Satisfaction %", "Bad", "Rectified %", ""}) {
            table.column(column);
        }
        for (SatisfactionLine l : s.lines()) {
            row(table, l.rank() == 0 ? "" : String.valueOf(l.rank()), l, l.top() ? "top" : l.bottom() ? "bottom" : "");
        }
        for (SatisfactionLine l : s.unranked()) {
            row(table, "unranked", l, "");
        }
        row(table, "", s.total(), "");
        System.out.println("Satisfaction " + f + " to " + t);
        table.print(System.out);
        return null;
    }

    private static void row(ShellTable table, String rank, SatisfactionLine l, String mark) {
        table.addRow().addContent(rank, l.name(), l.total(), rate(l.satisfactionRate()), l.bad(), rate(l.rectificationRate()), mark);
    }

    private static String rate(Double r) {
        return r == null ? "n/a" : r.toString();
    }
}
