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
import org.tongban.evaluation.Dimension;
import org.tongban.evaluation.Evaluations;
import org.tongban.evaluation.SatisfactionLine;
import org.tongban.evaluation.Statistics;

@Service
@Command(scope = "tongban", name = "evaluation-stats",
        description = "Satisfaction by window, clerk, department, item or node; --ranking ranks the windows")
public class EvaluationStatsCommand implements Action {

    @Reference
    Evaluations evaluations;

    @Reference
    TongbanClock clock;

    @Option(name = "-b", aliases = "--by", description = "WINDOW, CLERK, DEPARTMENT (default), ITEM or NODE")
    String by = "DEPARTMENT";

    @Option(name = "-f", aliases = "--from", description = "First day (YYYY-MM-DD), default the first of this month")
    String from;

    @Option(name = "-t", aliases = "--to", description = "Last day (YYYY-MM-DD), default today")
    String to;

    @Option(name = "-r", aliases = "--ranking", description = "The window ranking, bottom places marked")
    boolean ranking;

    @Override
    public Object execute() {
        Dimension d;
        LocalDate f;
        LocalDate t;
        try {
            d = Dimension.valueOf(by.toUpperCase());
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
        Statistics s = ranking ? evaluations.windowRanking(f, t) : evaluations.statistics(d, f, t);
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Rank", s.dimension().name(), "Evaluated", "Satisfaction %", "Bad", "Rectified %", ""}) {
            table.column(column);
        }
        for (SatisfactionLine l : s.lines()) {
            table.addRow().addContent(l.rank() == 0 ? "" : l.rank(), l.name(), l.total(), l.satisfactionRate(), l.bad(),
                    l.rectificationRate(), l.bottom() ? "bottom" : "");
        }
        SatisfactionLine all = s.total();
        table.addRow().addContent("", "total", all.total(), all.satisfactionRate(), all.bad(), all.rectificationRate(), "");
        System.out.println("Satisfaction " + f + " to " + t);
        table.print(System.out);
        return null;
    }
}
