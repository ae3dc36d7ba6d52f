package org.tongban.evaluation;

import java.time.LocalDate;
import java.util.List;

/** Satisfaction by a dimension over [from, to], each line and the total over all of them. */
public record Statistics(Dimension dimension, LocalDate from, LocalDate to, List<SatisfactionLine> lines,
                         SatisfactionLine total) {

    public Statistics {
        lines = List.copyOf(lines);
    }
}
