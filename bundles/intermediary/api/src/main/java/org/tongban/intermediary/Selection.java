package org.tongban.intermediary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The published record of a selection, enough to re-check it: the seed (revealed now, committed to by its SHA-256 when
 * the project was posted), the qualified candidates in their canonical order (by agency id) with their bids, those
 * left out and why, the drawn factor and reference price (best price), the short list, the winner, or why it failed.
 */
public record Selection(SelectionMethod method, String seed, String seedCommitment, List<Candidate> candidates,
                        List<String> excluded, BigDecimal factor, BigDecimal referencePrice, List<Long> shortlist,
                        Long winnerAgencyId, BigDecimal winningBid, String failedReason, String note, Instant at) {

    public Selection {
        candidates = List.copyOf(candidates);
        excluded = List.copyOf(excluded);
        shortlist = shortlist == null ? List.of() : List.copyOf(shortlist);
    }
}
