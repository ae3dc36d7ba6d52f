package org.tongban.evaluation.internal;

import java.util.ArrayList;
import org.tongban.core.text.Csv;
import java.util.List;
import org.tongban.evaluation.Satisfaction;
import org.tongban.evaluation.SatisfactionLine;
import org.tongban.evaluation.Statistics;
import org.tongban.evaluation.TrendPoint;

/** Statistics as the spreadsheet offices open (core's report CSV). */
public final class StatisticsCsv {

    private StatisticsCsv() {
    }

    /** The lines, then in a ranking the unranked ones (rank "unranked"), then the total; a rate of nothing is "n/a". */
    public static String write(Statistics s) {
        List<Object> header = new ArrayList<>(List.of("rank", "top", "bottom", s.dimension().name().toLowerCase(), "name", "evaluated"));
        for (Satisfaction l : Satisfaction.values()) {
            header.add(l.label());
        }
        header.addAll(List.of("satisfaction rate %", "bad reviews", "rectified", "rectification rate %"));
        Csv csv = new Csv().row(header.toArray());
        for (SatisfactionLine l : s.lines()) {
            row(csv, l.rank() == 0 ? "" : String.valueOf(l.rank()), l);
        }
        for (SatisfactionLine l : s.unranked()) {
            row(csv, "unranked", l);
        }
        row(csv, "", s.total());
        return csv.toString();
    }

    private static void row(Csv csv, String rank, SatisfactionLine l) {
        List<Object> cells = new ArrayList<>(List.of(rank, l.top() ? "yes" : "", l.bottom() ? "yes" : "", l.key(), l.name(), l.total()));
        for (long n : l.counts()) {
            cells.add(n);
        }
        cells.addAll(List.of(rate(l.satisfactionRate()), l.bad(), l.rectified(), rate(l.rectificationRate())));
        csv.row(cells.toArray());
    }

    public static String write(List<TrendPoint> trend) {
        Csv csv = Csv.withHeader("month", "evaluated", "satisfied", "satisfaction rate %", "bad reviews");
        for (TrendPoint p : trend) {
            csv.row(p.month().toString(), p.total(), p.satisfied(), rate(p.satisfactionRate()), p.bad());
        }
        return csv.toString();
    }

    /** A rate of nothing is "n/a": a blank would read as 0 in a spreadsheet, 100 would claim what nobody said. */
    static String rate(Double r) {
        return r == null ? "n/a" : r.toString();
    }
}
