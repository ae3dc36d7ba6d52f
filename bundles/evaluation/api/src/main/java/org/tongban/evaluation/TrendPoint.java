package org.tongban.evaluation;

import java.time.YearMonth;

/** One month of a satisfaction trend. */
public record TrendPoint(YearMonth month, long total, long satisfied, double satisfactionRate, long bad) {
}
