package org.tongban.intermediary;

import java.time.LocalDate;

/** The agency's delivery of the service (report, drawing, test result…). */
public record ServiceDelivery(LocalDate deliveredOn, String summary) {
}
