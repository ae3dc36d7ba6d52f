package org.tongban.intake;

import java.time.Instant;

/**
 * One department's step in the back office (审批环节). A case is dispatched in rounds: a return to the window and a
 * new dispatch opens the next round, so earlier opinions stay on record.
 */
public record ReviewStep(int round, String departmentCode, String departmentName, StepStatus status, String opinion,
                         String reviewer, Instant decidedAt) {
}
