package org.tongban.surrogate;

import java.util.List;
import java.util.Optional;
import org.tongban.core.security.Caller;

/**
 * The upper centre's side of 帮办代办, on a node that decides cases (one with intake): the applications forwarded from the
 * points below and those of its own points decided at its own level, and the centre's own record of every transfer of
 * papers with a point, which also goes down to the point's ledger so both ends of each transfer are recorded. A clerk
 * or supervisor sees the applications of the points whose division lies in their scope; others are not found.
 */
public interface SurrogateCentre {

    /** Forwarded applications, the latest first; of one status (PENDING, DONE, REFUSED) or all for null. */
    List<ForwardedCase> forwarded(Caller caller, String status, int limit);

    Optional<ForwardedCase> forwarded(Caller caller, String ref);

    /**
     * Records a transfer at the centre: {@code MATERIALS_TO_CENTRE} when the point's papers arrive,
     * {@code RESULT_FROM_CENTRE} when the result is given to the point's agent (the deciding node's case is then
     * delivered, 出件, to that agent). Other steps happen at the point.
     */
    ForwardedCase handOver(Caller clerk, String ref, HandOverStep step, String items, String receiptRef);
}
