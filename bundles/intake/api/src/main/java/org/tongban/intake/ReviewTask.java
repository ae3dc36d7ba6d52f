package org.tongban.intake;

/** An entry of a department's review queue: the case and the step waiting for that department. */
public record ReviewTask(CaseView kase, ReviewStep step) {
}
