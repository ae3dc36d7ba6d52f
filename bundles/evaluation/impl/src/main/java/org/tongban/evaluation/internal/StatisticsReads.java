package org.tongban.evaluation.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.tongban.core.data.Transactions;
import org.tongban.evaluation.Dimension;
import org.tongban.evaluation.Statistics;
import org.tongban.evaluation.TrendPoint;

/** The statistics, rankings and trends of 好差评: counted by {@link StatisticsStore}, shaped by {@link StatisticsBuilder}. */
final class StatisticsReads {

    private final Transactions tx;

    StatisticsReads(Transactions tx) {
        this.tx = tx;
    }

    Statistics statistics(Dimension d, LocalDate from, LocalDate to, String divisionPrefix) {
        return builder(d, from, to, divisionPrefix).build(d, from, to);
    }

    Statistics ranking(Dimension d, LocalDate from, LocalDate to, int bottomPlaces, String divisionPrefix) {
        return builder(d, from, to, divisionPrefix).ranked(d, from, to, bottomPlaces);
    }

    /** Month by month, of the whole node or, with a dimension and key, of one group. */
    List<TrendPoint> trend(YearMonth from, YearMonth to, Dimension dimension, String key, String divisionPrefix) {
        Dimension d = dimension == null || key == null || key.isBlank() ? null : dimension;
        return StatisticsBuilder.trend(from, to, tx.read(c -> StatisticsStore.monthlyCounts(c, from.atDay(1), to.atEndOfMonth(), d,
                d == null ? null : key.trim(), divisionPrefix)));
    }

    private StatisticsBuilder builder(Dimension d, LocalDate from, LocalDate to, String divisionPrefix) {
        return tx.read(c -> {
            StatisticsBuilder b = new StatisticsBuilder();
            for (StatisticsStore.LevelCount r : StatisticsStore.levelCounts(c, d, from, to, divisionPrefix)) {
                b.level(r.key(), r.name(), r.level(), r.count());
            }
            for (StatisticsStore.RectificationCount r : StatisticsStore.rectificationCounts(c, d, from, to, divisionPrefix)) {
                b.rectification(r.key(), r.name(), r.bad(), r.rectified());
            }
            return b;
        });
    }
}
