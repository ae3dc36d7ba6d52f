package org.tongban.intake;

/**
 * A department reviewer's decision on its step. APPROVE; REJECT, the decision not to grant (不予许可): final, with the
 * reasons (the opinion) and the legal basis, and in a joint review a veto that decides the whole case so; RETURN, the
 * case goes back to the window with the opinion (退回), e.g. for corrections, and is dispatched again in a new round.
 */
public enum ReviewDecision {
    APPROVE, REJECT, RETURN
}
