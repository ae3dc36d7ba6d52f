package org.tongban.intake;

import org.tongban.core.fault.Unavailable;
import java.time.LocalDate;

/**
 * An item has given out every case number of the day (the daily sequence has four digits): nothing was stored, and
 * the application can be taken again from the next day (a forwarding node retries: the refusal is for now).
 */
public class CaseNumbersExhaustedException extends Unavailable {

    private static final long serialVersionUID = 1L;

    public CaseNumbersExhaustedException(String implementationCode, LocalDate day, int maxSequence) {
        super("case-numbers-exhausted",
                "item " + implementationCode + " has given out all " + maxSequence + " case numbers of " + day
                        + "; it takes applications again from the next day");
    }
}
