package org.tongban.intake;

import java.time.LocalDate;
import org.tongban.core.rest.Problem;
import org.tongban.core.rest.ProblemException;

/**
 * An item has given out every case number of the day (the daily sequence has four digits): nothing was stored, and
 * the application can be taken again from the next day (a 503 problem over REST, so a forwarding node retries).
 */
public class CaseNumbersExhaustedException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public CaseNumbersExhaustedException(String implementationCode, LocalDate day, int maxSequence) {
        super(Problem.of(503, "case-numbers-exhausted", "Case numbers used up",
                "item " + implementationCode + " has given out all " + maxSequence + " case numbers of " + day
                        + "; it takes applications again from the next day"));
    }
}
