package org.tongban.intake;

/** What a decided case came to: approved (准予) or rejected (不予). */
public enum CaseOutcome {
    APPROVED, REJECTED
}
