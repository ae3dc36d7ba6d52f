package org.tongban.intake.internal;

import static org.tongban.intake.CaseStatus.ACCEPTED;
import static org.tongban.intake.CaseStatus.DECIDED;
import static org.tongban.intake.CaseStatus.DEFICIENT;
import static org.tongban.intake.CaseStatus.DELIVERED;
import static org.tongban.intake.CaseStatus.DISPATCHED;
import static org.tongban.intake.CaseStatus.RECEIVED;
import static org.tongban.intake.CaseStatus.REFUSED;
import static org.tongban.intake.CaseStatus.REVOKED;
import static org.tongban.intake.CaseStatus.UNDER_REVIEW;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.IllegalTransitionException;

/** The legal moves of a case. Anything else is refused before anything is written. */
public final class Lifecycle {

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = new EnumMap<>(CaseStatus.class);

    static {
        NEXT.put(DEFICIENT, EnumSet.of(ACCEPTED, DEFICIENT, REFUSED));
        NEXT.put(ACCEPTED, EnumSet.of(RECEIVED, DECIDED));          // DECIDED: an instant item decided by its rule
        NEXT.put(RECEIVED, EnumSet.of(DISPATCHED));
        NEXT.put(DISPATCHED, EnumSet.of(UNDER_REVIEW));
        NEXT.put(UNDER_REVIEW, EnumSet.of(DECIDED, RECEIVED));     // back to RECEIVED: returned to the window
        NEXT.put(DECIDED, EnumSet.of(DELIVERED, REVOKED));          // REVOKED: a failed post-approval check (事后核查)
        NEXT.put(DELIVERED, EnumSet.of(REVOKED));
        NEXT.put(REVOKED, EnumSet.noneOf(CaseStatus.class));
        NEXT.put(REFUSED, EnumSet.noneOf(CaseStatus.class));
    }

    private Lifecycle() {
    }

    public static boolean allowed(CaseStatus from, CaseStatus to) {
        return NEXT.get(from).contains(to);
    }

    public static void check(String caseNumber, CaseStatus from, CaseStatus to) {
        if (!allowed(from, to)) {
            throw new IllegalTransitionException(caseNumber, from, to);
        }
    }

    /** Where a case in this status may go next. */
    public static Set<CaseStatus> next(CaseStatus from) {
        return EnumSet.copyOf(NEXT.get(from));
    }
}
