package org.tongban.evaluation;

import java.time.YearMonth;

/** One month of a satisfaction trend; {@code satisfactionRate} is null for a month with no evaluation. */
public record TrendPoint(YearMonth month, long total, long satisfied, Double satisfactionRate, long bad) {
}
