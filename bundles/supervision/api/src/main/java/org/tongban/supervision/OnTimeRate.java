package org.tongban.supervision;

import java.time.LocalDate;

/** Cases decided in [from, to] and how many of them by their promised date; rate is 1.0 when none were decided. */
public record OnTimeRate(LocalDate from, LocalDate to, long completions, long onTime, double rate) {
}
