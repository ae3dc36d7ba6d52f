package org.tongban.intake;

import org.tongban.core.rest.Problem;
import org.tongban.core.rest.ProblemException;

/** A case was asked to move where its lifecycle does not go; nothing changed (a 409 problem over REST). */
public class IllegalTransitionException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public IllegalTransitionException(String caseNumber, CaseStatus from, CaseStatus to) {
        super(Problem.of(409, "illegal-transition", "Illegal transition",
                "case " + caseNumber + " is " + from + " and cannot become " + to));
    }
}
