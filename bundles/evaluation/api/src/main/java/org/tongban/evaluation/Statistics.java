package org.tongban.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * Satisfaction by a dimension over [from, to], each line and the total over all of them. In a ranking, {@code lines}
 * are the ranked groups, best first, and {@code unranked} the rest: evaluations with no value for the dimension (a
 * case taken in online has no window) and groups with no rate; the total counts both. Empty outside a ranking.
 */
public record Statistics(Dimension dimension, LocalDate from, LocalDate to, List<SatisfactionLine> lines,
                         SatisfactionLine total, List<SatisfactionLine> unranked) {

    public Statistics {
        lines = List.copyOf(lines);
        unranked = unranked == null ? List.of() : List.copyOf(unranked);
    }

    /** Statistics that rank nothing. */
    public Statistics(Dimension dimension, LocalDate from, LocalDate to, List<SatisfactionLine> lines, SatisfactionLine total) {
        this(dimension, from, to, lines, total, List.of());
    }
}
