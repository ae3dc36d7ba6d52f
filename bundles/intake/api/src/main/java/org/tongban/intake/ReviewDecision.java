package org.tongban.intake;

/**
 * A department reviewer's decision on its step: approve, reject, or return the case to the window with an opinion
 * (退回). In a joint review a rejection is a veto and returns the case too.
 */
public enum ReviewDecision {
    APPROVE, REJECT, RETURN
}
