package org.tongban.intake.internal;

import org.tongban.core.rest.FaultProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.IllegalTransitionException;

import static org.tongban.intake.CaseStatus.*;

/** Every pair of statuses: exactly the closed loop is allowed, everything else is refused. */
class LifecycleTest {

    private static final Set<String> LEGAL = Set.of(
            "DEFICIENT>ACCEPTED", "DEFICIENT>DEFICIENT", "DEFICIENT>REFUSED",
            "ACCEPTED>RECEIVED", "ACCEPTED>DECIDED", "RECEIVED>DISPATCHED", "DISPATCHED>UNDER_REVIEW",
            "UNDER_REVIEW>DECIDED", "UNDER_REVIEW>RECEIVED", "DECIDED>DELIVERED", "DECIDED>REVOKED", "DELIVERED>REVOKED");

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void exactlyTheLegalMovesAreAllowed(CaseStatus from) {
        for (CaseStatus to : CaseStatus.values()) {
            boolean legal = LEGAL.contains(from + ">" + to);
            assertEquals(legal, Lifecycle.allowed(from, to), from + " -> " + to);
            if (!legal) {
                IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> Lifecycle.check("N1", from, to));
                assertEquals(409, FaultProblems.status(e));
            }
        }
    }

    @Test
    void endStatesGoNowhere() {
        assertEquals(EnumSet.of(REVOKED), Lifecycle.next(DELIVERED), "only a failed post-approval check moves it");
        assertEquals(EnumSet.noneOf(CaseStatus.class), Lifecycle.next(REVOKED));
        assertEquals(EnumSet.noneOf(CaseStatus.class), Lifecycle.next(REFUSED));
        assertEquals(EnumSet.of(DECIDED, RECEIVED), Lifecycle.next(UNDER_REVIEW), "decided, or returned to the window");
    }
}
