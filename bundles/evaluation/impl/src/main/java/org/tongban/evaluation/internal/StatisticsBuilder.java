package org.tongban.evaluation.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tongban.evaluation.Dimension;
import org.tongban.evaluation.Satisfaction;
import org.tongban.evaluation.SatisfactionLine;
import org.tongban.evaluation.Statistics;
import org.tongban.evaluation.TrendPoint;

/** Turns grouped counts into satisfaction lines, rankings and trends. Pure. */
public final class StatisticsBuilder {

    /** The group of evaluations that carry no value for a dimension (e.g. cases taken in online have no window). */
    public static final String NONE = "(none)";

    private final Map<String, long[]> counts = new TreeMap<>();
    private final Map<String, String> names = new TreeMap<>();
    private final Map<String, long[]> rectification = new TreeMap<>();

    /** Adds the count of one level in one group. */
    public StatisticsBuilder level(String key, String name, Satisfaction level, long n) {
        String k = key == null ? NONE : key;
        counts.computeIfAbsent(k, x -> new long[Satisfaction.values().length])[level.ordinal()] += n;
        names.putIfAbsent(k, name == null ? k : name);
        return this;
    }

    /** Adds bad reviews of a group and how many of their rectifications closed. */
    public StatisticsBuilder rectification(String key, String name, long bad, long rectified) {
        String k = key == null ? NONE : key;
        long[] r = rectification.computeIfAbsent(k, x -> new long[2]);
        r[0] += bad;
        r[1] += rectified;
        names.putIfAbsent(k, name == null ? k : name);
        return this;
    }

    /**
     * Lines sorted by key, and the total. A group whose bad reviews of the period count but none of its evaluations
     * (the follow-up that replaced them came later) has a line too, without a satisfaction rate, so the lines add up
     * to the total.
     */
    public Statistics build(Dimension d, LocalDate from, LocalDate to) {
        return new Statistics(d, from, to, lines(), total());
    }

    private List<SatisfactionLine> lines() {
        Set<String> keys = new TreeSet<>(counts.keySet());
        keys.addAll(rectification.keySet());
        List<SatisfactionLine> lines = new ArrayList<>();
        for (String key : keys) {
            lines.add(line(key, names.get(key), counts.getOrDefault(key, new long[Satisfaction.values().length]),
                    rectification.getOrDefault(key, new long[2])));
        }
        return lines;
    }

    /**
     * The groups ranked by satisfaction rate ({@link Ranking}); evaluations without a group ({@link #NONE}) and groups
     * without a rate are listed apart, by key, unranked.
     */
    public Statistics ranked(Dimension d, LocalDate from, LocalDate to, int bottomPlaces) {
        List<SatisfactionLine> rankable = new ArrayList<>();
        List<SatisfactionLine> unranked = new ArrayList<>();
        for (SatisfactionLine l : lines()) {
            (NONE.equals(l.key()) || l.satisfactionRate() == null ? unranked : rankable).add(l);
        }
        return new Statistics(d, from, to, Ranking.rank(rankable, bottomPlaces), total(), unranked);
    }

    private SatisfactionLine total() {
        long[] all = new long[Satisfaction.values().length];
        counts.values().forEach(c -> {
            for (int i = 0; i < all.length; i++) {
                all[i] += c[i];
            }
        });
        long[] rect = new long[2];
        rectification.values().forEach(r -> {
            rect[0] += r[0];
            rect[1] += r[1];
        });
        return line("", "total", all, rect);
    }

    static SatisfactionLine line(String key, String name, long[] c, long[] rect) {
        long total = 0;
        for (long n : c) {
            total += n;
        }
        long satisfied = satisfied(c);
        return new SatisfactionLine(key, name, total, c.clone(), rate(satisfied, total), rect[0], rect[1], rate(rect[1], rect[0]),
                0, false, false);
    }

    static long satisfied(long[] c) {
        return c[Satisfaction.VERY_SATISFIED.ordinal()] + c[Satisfaction.SATISFIED.ordinal()] + c[Satisfaction.BASIC.ordinal()];
    }

    /** A share in percent with two decimals; null of nothing (no evaluation, no bad review): not 100, not 0. */
    static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 100.0;
    }

    /** Every month in [from, to], empty months included, from the counts per month and level. */
    public static List<TrendPoint> trend(YearMonth from, YearMonth to, List<StatisticsStore.MonthCount> rows) {
        Map<YearMonth, long[]> months = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.put(m, new long[Satisfaction.values().length]);
        }
        for (StatisticsStore.MonthCount r : rows) {
            long[] c = months.get(r.month());
            if (c != null) {
                c[r.level().ordinal()] += r.count();
            }
        }
        List<TrendPoint> out = new ArrayList<>();
        months.forEach((m, c) -> {
            long total = 0;
            for (long n : c) {
                total += n;
            }
            long satisfied = satisfied(c);
            out.add(new TrendPoint(m, total, satisfied, rate(satisfied, total),
                    c[Satisfaction.DISSATISFIED.ordinal()] + c[Satisfaction.VERY_DISSATISFIED.ordinal()]));
        });
        return out;
    }
}
