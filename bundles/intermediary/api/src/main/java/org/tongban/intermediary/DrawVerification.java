package org.tongban.intermediary;

import java.math.BigDecimal;
import java.util.List;

/** Anyone's re-check of a published selection: the seed against its commitment, and the result recomputed from the record. */
public record DrawVerification(long projectId, boolean seedMatchesCommitment, Long recordedWinner, Long recomputedWinner,
                               List<Long> recordedShortlist, List<Long> recomputedShortlist, BigDecimal recordedReference,
                               BigDecimal recomputedReference, boolean matches) {
}
