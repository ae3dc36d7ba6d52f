package org.tongban.evaluation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tongban.evaluation.SatisfactionLine;

/**
 * Standard competition ranking of satisfaction lines (1, 2, 2, 4) on their published rates, so a ranking can be
 * checked against the figures it shows. The best rate is marked {@code top} and the last places {@code bottom} only
 * when some rate differs: a group level with the best is never at the bottom. Pure.
 */
final class Ranking {

    private Ranking() {
    }

    /**
     * The lines, every one with a rate, ranked best first; ties are listed with more evaluations first (and then by
     * key), sharing their rank. The groups in the last {@code bottomPlaces} places are marked, a tie across the
     * boundary wholly (they cannot be told apart); with no more groups than that, only the last place.
     */
    static List<SatisfactionLine> rank(List<SatisfactionLine> lines, int bottomPlaces) {
        List<SatisfactionLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(SatisfactionLine::satisfactionRate, Comparator.reverseOrder())
                .thenComparing(Comparator.comparingLong(SatisfactionLine::total).reversed())
                .thenComparing(SatisfactionLine::key));
        int n = sorted.size();
        if (n == 0) {
            return List.of();
        }
        int places = n > bottomPlaces ? Math.max(0, bottomPlaces) : 1;
        double best = sorted.get(0).satisfactionRate();
        boolean differ = best != sorted.get(n - 1).satisfactionRate();
        List<SatisfactionLine> ranked = new ArrayList<>(n);
        int rank = 0;
        for (int i = 0; i < n; i++) {
            double rate = sorted.get(i).satisfactionRate();
            if (i == 0 || rate != sorted.get(i - 1).satisfactionRate()) {
                rank = i + 1;
            }
            boolean top = differ && rate == best;
            boolean bottom = differ && rate != best && worse(sorted, rate) < places;
            ranked.add(sorted.get(i).placed(rank, top, bottom));
        }
        return ranked;
    }

    /** How many lines have a lower rate. */
    private static long worse(List<SatisfactionLine> sorted, double rate) {
        return sorted.stream().filter(l -> l.satisfactionRate() < rate).count();
    }
}
