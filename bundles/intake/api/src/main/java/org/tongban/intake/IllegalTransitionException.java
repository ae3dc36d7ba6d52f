package org.tongban.intake;

import org.tongban.core.fault.Conflict;

/** A case was asked to move where its lifecycle does not go; nothing changed. */
public class IllegalTransitionException extends Conflict {

    private static final long serialVersionUID = 1L;

    public IllegalTransitionException(String caseNumber, CaseStatus from, CaseStatus to) {
        super("illegal-transition", "case " + caseNumber + " is " + from + " and cannot become " + to);
    }
}
