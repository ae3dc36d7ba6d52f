package org.tongban.evaluation.internal;

import java.util.List;
import org.tongban.evaluation.Satisfaction;
import org.tongban.evaluation.SatisfactionLine;
import org.tongban.evaluation.Statistics;
import org.tongban.evaluation.TrendPoint;

/** Statistics as CSV (UTF-8 with a BOM, so spreadsheet programs on office PCs read the Chinese names). */
public final class StatisticsCsv {

    private StatisticsCsv() {
    }

    /** The lines, then in a ranking the unranked ones (rank "unranked"), then the total; a rate of nothing is "n/a". */
    public static String write(Statistics s) {
        StringBuilder b = new StringBuilder("\uFEFF");
        b.append("rank,top,bottom,").append(s.dimension().name().toLowerCase()).append(",name,evaluated");
        for (Satisfaction l : Satisfaction.values()) {
            b.append(',').append(l.label());
        }
        b.append(",satisfaction rate %,bad reviews,rectified,rectification rate %\n");
        for (SatisfactionLine l : s.lines()) {
            row(b, l.rank() == 0 ? "" : String.valueOf(l.rank()), l);
        }
        for (SatisfactionLine l : s.unranked()) {
            row(b, "unranked", l);
        }
        row(b, "", s.total());
        return b.toString();
    }

    private static void row(StringBuilder b, String rank, SatisfactionLine l) {
        b.append(rank).append(',').append(l.top() ? "yes" : "").append(',').append(l.bottom() ? "yes" : "").append(',')
                .append(cell(l.key())).append(',').append(cell(l.name())).append(',').append(l.total());
        for (long n : l.counts()) {
            b.append(',').append(n);
        }
        b.append(',').append(rate(l.satisfactionRate())).append(',').append(l.bad()).append(',').append(l.rectified()).append(',')
                .append(rate(l.rectificationRate())).append('\n');
    }

    public static String write(List<TrendPoint> trend) {
        StringBuilder b = new StringBuilder("\uFEFFmonth,evaluated,satisfied,satisfaction rate %,bad reviews\n");
        for (TrendPoint p : trend) {
            b.append(p.month()).append(',').append(p.total()).append(',').append(p.satisfied()).append(',')
                    .append(rate(p.satisfactionRate())).append(',').append(p.bad()).append('\n');
        }
        return b.toString();
    }

    /** A rate of nothing is "n/a": a blank would read as 0 in a spreadsheet, 100 would claim what nobody said. */
    static String rate(Double r) {
        return r == null ? "n/a" : r.toString();
    }

    /** Quotes a cell when it holds a separator, a quote or a line break; a leading formula sign is neutralised. */
    static String cell(String v) {
        if (v == null) {
            return "";
        }
        String s = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
