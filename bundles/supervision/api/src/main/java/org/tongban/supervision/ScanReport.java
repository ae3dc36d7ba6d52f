package org.tongban.supervision;

import java.time.LocalDate;

/** What one scan did: the day it judged by, cards issued and closed, and how long it took. */
public record ScanReport(LocalDate day, int issued, int closed, long millis) {
}
