package org.tongban.intermediary.internal;

import java.util.List;
import java.util.Objects;
import org.tongban.intermediary.DrawVerification;
import org.tongban.intermediary.Selection;

/** Anyone's re-check of a published selection, from its record, its seed's commitment and the rules it names. Pure. */
final class DrawRecheck {

    private DrawRecheck() {
    }

    /**
     * Recomputes a published selection from its record alone, under the rules the project was posted under: their text
     * must hash to the version the project keeps, or nothing matches.
     */
    static DrawVerification of(long projectId, SelectionRules.Terms terms, String commitment, Selection s, String rulesVersion,
                                String rulesText) {
        boolean rulesOk = rulesVersion != null && rulesText != null && Draws.commitment(rulesText).equals(rulesVersion);
        if (!rulesOk) {
            return new DrawVerification(projectId, rulesVersion, false, Draws.commitment(s.seed()).equals(commitment), s.winnerAgencyId(),
                    null, s.shortlist(), List.of(), s.referencePrice(), null, false);
        }
        boolean seedOk = Draws.commitment(s.seed()).equals(commitment) && commitment.equals(s.seedCommitment());
        Selection again = SelectionRules.select(terms, s.candidates(), List.of(), SelectionRules.Rules.parse(rulesText), s.seed(),
                commitment, s.at());
        boolean matches = seedOk && Objects.equals(again.failedReason() == null, s.failedReason() == null)
                && again.shortlist().equals(s.shortlist()) && Objects.equals(again.referencePrice(), s.referencePrice());
        if (again.winnerAgencyId() != null) {
            matches &= again.winnerAgencyId().equals(s.winnerAgencyId());
        } else if (s.winnerAgencyId() != null) {
            // The owner chose: the choice must come from the recomputed list.
            matches &= again.shortlist().contains(s.winnerAgencyId());
        }
        return new DrawVerification(projectId, rulesVersion, true, seedOk, s.winnerAgencyId(), again.winnerAgencyId(), s.shortlist(),
                again.shortlist(), s.referencePrice(), again.referencePrice(), matches);
    }
}
