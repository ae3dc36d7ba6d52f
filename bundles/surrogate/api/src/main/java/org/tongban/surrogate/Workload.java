package org.tongban.surrogate;

import java.math.BigDecimal;

/** An agent's (or point's) service figures: cases, still open, closed, average days from opening to hand-over, fees. */
public record Workload(String key, String name, long cases, long pending, long closed, double averageDays, BigDecimal fees,
                       long greenChannel) {
}
