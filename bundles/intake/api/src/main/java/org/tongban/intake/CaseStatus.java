package org.tongban.intake;

/**
 * The closed loop of a case: 受理 ACCEPTED → 收件 RECEIVED → 传送 DISPATCHED → 审批 UNDER_REVIEW → 办结 DECIDED →
 * 出件 DELIVERED; before acceptance a case may be DEFICIENT (补正 pending) or REFUSED (不予受理). A case returned by
 * its reviewers goes back to RECEIVED, at the window, to be dispatched again. An approval on a commitment whose
 * post-approval check (事后核查) failed is REVOKED (撤销).
 */
public enum CaseStatus {
    DEFICIENT, ACCEPTED, RECEIVED, DISPATCHED, UNDER_REVIEW, DECIDED, DELIVERED, REFUSED, REVOKED
}
