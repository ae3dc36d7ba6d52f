package org.tongban.surrogate;

import java.time.Instant;
import java.util.List;

/**
 * At a deciding node, an application a point below forwarded: its reference at the point, the node it came from, the
 * agent, whether intake has taken it (PENDING, DONE, REFUSED) with the case number or the reason, when it arrived, and
 * the centre's side of the hand-over ledger (papers received from the point, result given to it).
 */
public record ForwardedCase(String ref, String originNode, String agent, String status, String caseNumber, String reason,
                            Instant receivedAt, List<HandOver> handOvers) {

    public ForwardedCase {
        handOvers = List.copyOf(handOvers);
    }
}
