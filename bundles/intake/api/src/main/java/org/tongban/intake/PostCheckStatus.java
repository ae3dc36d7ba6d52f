package org.tongban.intake;

/** Where a post-approval check (事后核查) stands: due, the commitment held, or it was false and the approval revoked. */
public enum PostCheckStatus {
    OPEN, PASSED, FAILED
}
