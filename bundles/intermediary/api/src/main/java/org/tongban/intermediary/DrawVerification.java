package org.tongban.intermediary;

import java.math.BigDecimal;
import java.util.List;

/**
 * Anyone's re-check of a published selection: the seed against its commitment, the rules the project was posted under
 * against their version, and the result recomputed from the record under those rules.
 */
public record DrawVerification(long projectId, String rulesVersion, boolean rulesMatchVersion, boolean seedMatchesCommitment,
                               Long recordedWinner, Long recomputedWinner, List<Long> recordedShortlist, List<Long> recomputedShortlist,
                               BigDecimal recordedReference, BigDecimal recomputedReference, boolean matches) {
}
