package org.tongban.intake;

/** A department's review step: waiting, decided one way or another, or cancelled because the case was settled. */
public enum StepStatus {
    PENDING, APPROVED, REJECTED, RETURNED, CANCELLED
}
