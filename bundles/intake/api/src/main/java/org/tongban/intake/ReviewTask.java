package org.tongban.intake;

/**
 * An entry of a department's review queue: the case, the step waiting for that department, and whether the case is a
 * green-channel priority (such cases come first).
 */
public record ReviewTask(CaseView kase, ReviewStep step, boolean priority) {
}
