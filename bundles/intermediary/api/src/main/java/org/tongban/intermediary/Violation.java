package org.tongban.intermediary;

import java.time.LocalDate;

public record Violation(long id, long agencyId, ViolationSeverity severity, String description, LocalDate recordedOn,
                        String recordedBy) {
}
