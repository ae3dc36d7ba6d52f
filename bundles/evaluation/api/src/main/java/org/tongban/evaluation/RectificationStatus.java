package org.tongban.evaluation;

/**
 * A bad review's rectification (整改): verified (核实), rectified (整改), answered to the applicant (反馈), closed; VOID
 * when an appeal against the review is upheld.
 */
public enum RectificationStatus {
    OPEN, VERIFIED, RECTIFIED, ANSWERED, CLOSED, VOID;

    public boolean done() {
        return this == CLOSED || this == VOID;
    }
}
