package org.tongban.intake;

import java.util.Optional;
import org.tongban.core.data.Change;

/**
 * A condition another capability sets on handing a result out (出件), e.g. evaluation's "evaluate before collecting
 * the certificate". Intake asks every registered condition inside the delivery's own transaction, so the answer and
 * the delivery see the same data; an unmet condition refuses the delivery with its reason (409).
 */
public interface DeliveryCondition {

    /** Why the case's result cannot be handed out yet, or empty when nothing stands in the way. */
    Optional<String> unmetFor(Change change, String caseNumber);
}
