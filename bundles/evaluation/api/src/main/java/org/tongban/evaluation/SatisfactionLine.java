package org.tongban.evaluation;

/**
 * Satisfaction of one group (a window, clerk, department, item or node) over a period: each case counts once, by its
 * latest evaluation, unless an appeal against it was upheld. {@code counts} are indexed by {@link Satisfaction}
 * ordinal; the satisfaction rate counts the top three levels. Rectification counts refer to bad reviews of the
 * period. In a ranking, {@code rank} is 1 for the best and {@code bottom} marks the last places; 0 and false otherwise.
 */
public record SatisfactionLine(String key, String name, long total, long[] counts, double satisfactionRate, long bad,
                               long rectified, double rectificationRate, int rank, boolean bottom) {

    public long count(Satisfaction level) {
        return counts[level.ordinal()];
    }
}
