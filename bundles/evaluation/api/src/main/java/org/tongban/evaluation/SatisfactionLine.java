package org.tongban.evaluation;

/**
 * Satisfaction of one group (a window, clerk, department, item or node) over a period: each case counts once, by its
 * latest evaluation, unless an appeal against it was upheld. {@code counts} are indexed by {@link Satisfaction}
 * ordinal; the satisfaction rate counts the top three levels. Rectification counts refer to bad reviews of the
 * period. A rate of nothing is null, never 100: {@code satisfactionRate} of a group with no evaluation that counts,
 * {@code rectificationRate} of one with no bad review. In a ranking, {@code rank} is shared by equal rates (1, 2, 2,
 * 4), {@code top} marks the best and {@code bottom} the last places, each only where some rate differs; 0 and false
 * otherwise.
 */
public record SatisfactionLine(String key, String name, long total, long[] counts, Double satisfactionRate, long bad,
                               long rectified, Double rectificationRate, int rank, boolean top, boolean bottom) {

    public long count(Satisfaction level) {
        return counts[level.ordinal()];
    }

    /** This line with its place in a ranking. */
    public SatisfactionLine placed(int rank, boolean top, boolean bottom) {
        return new SatisfactionLine(key, name, total, counts, satisfactionRate, bad, rectified, rectificationRate, rank, top, bottom);
    }
}
