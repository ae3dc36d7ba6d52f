package org.tongban.evaluation;

/** What the responsible department records on a rectification task, in this order; the call-back (回访) at any point. */
public enum RectificationStep {
    VERIFY, RECTIFY, ANSWER, CALL_BACK
}
