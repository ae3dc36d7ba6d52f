package org.tongban.intermediary.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongban.intermediary.Candidate;
import org.tongban.intermediary.DrawVerification;
import org.tongban.intermediary.Selection;
import org.tongban.intermediary.SelectionMethod;

class SelectionRulesTest {

    private static final String SEED = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";
    private static final String COMMITMENT = Draws.commitment(SEED);
    private static final SelectionRules.Rules RULES = SelectionRules.Rules.DEFAULTS;
    private static final Instant AT = Instant.parse("2026-10-20T02:00:00Z");

    private static Candidate c(long id, String bid, int credit) {
        return new Candidate(id, "机构" + id, bid == null ? null : new BigDecimal(bid), credit, false);
    }

    private static SelectionRules.Terms terms(SelectionMethod m, boolean publicFunds) {
        return new SelectionRules.Terms(m, new BigDecimal("10000.00"), new BigDecimal("20000.00"), publicFunds);
    }

    private static Selection select(SelectionMethod m, boolean publicFunds, List<Candidate> cs) {
        return SelectionRules.select(terms(m, publicFunds), cs, List.of(), RULES, SEED, COMMITMENT, AT);
    }

    @Test
    void aRandomDrawPaidWithPublicFundsNeedsThreeRegistrants() {
        Selection two = select(SelectionMethod.RANDOM_DRAW, true, List.of(c(1, null, 80), c(2, null, 80)));
        assertNull(two.winnerAgencyId());
        assertTrue(two.failedReason().startsWith("流标: paid with public funds, at least 3"), two.failedReason());
        assertEquals(2L, select(SelectionMethod.RANDOM_DRAW, false, List.of(c(2, null, 80))).winnerAgencyId(), "private money: one will do");
        Selection three = select(SelectionMethod.RANDOM_DRAW, true, List.of(c(3, null, 80), c(1, null, 80), c(2, null, 80)));
        assertEquals(List.of(1L, 2L, 3L), three.candidates().stream().map(Candidate::agencyId).toList(), "canonical order by id");
        assertEquals(Long.valueOf(three.candidates().get(Draws.index(SEED, "winner", 3)).agencyId()), three.winnerAgencyId());
    }

    @Test
    void randomDrawsGiveEveryRegistrantAChance() {
        Set<Long> winners = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            winners.add(SelectionRules.select(terms(SelectionMethod.RANDOM_DRAW, true), List.of(c(1, null, 80), c(2, null, 80),
                    c(3, null, 80)), List.of(), RULES, "seed" + i, "x", AT).winnerAgencyId());
        }
        assertEquals(Set.of(1L, 2L, 3L), winners);
    }

    @Test
    void theLowestBidWithinTheRangeWinsAndATieIsDrawn() {
        Selection s = select(SelectionMethod.LOWEST_PRICE, true, List.of(c(1, "12000.00", 80), c(2, "9000.00", 80),
                c(3, "15000.00", 80), c(4, "11500.00", 80)));
        assertEquals(4L, s.winnerAgencyId(), "9000 is below the range and does not count");
        assertEquals(new BigDecimal("11500.00"), s.winningBid());
        assertTrue(s.excluded().get(0).contains("outside 10000.00–20000.00"), s.excluded().toString());
        Selection tie = select(SelectionMethod.LOWEST_PRICE, true, List.of(c(1, "11000.00", 80), c(2, "11000.00", 80), c(3, "14000.00", 80)));
        assertTrue(tie.winnerAgencyId() == 1L || tie.winnerAgencyId() == 2L);
        assertEquals(List.of(1L, 2L).get(Draws.index(SEED, "tie", 2)), tie.winnerAgencyId());
        assertTrue(tie.note().contains("2 tied: drawn"));
        Selection few = select(SelectionMethod.LOWEST_PRICE, true, List.of(c(1, "11000.00", 80), c(2, "25000.00", 80), c(3, "14000.00", 80)));
        assertTrue(few.failedReason().contains("at least 3 valid bids"), "a bid out of range leaves two valid: 流标");
    }

    @Test
    void theBestPriceIsClosestToTheDrawnReference() {
        List<Candidate> bids = List.of(c(1, "10000.00", 80), c(2, "12000.00", 80), c(3, "13000.00", 80), c(4, "14000.00", 80),
                c(5, "19000.00", 80));
        Selection s = select(SelectionMethod.BEST_PRICE, true, bids);
        BigDecimal factor = RULES.bestPriceFactors().get(Draws.index(SEED, "factor", 4));
        assertEquals(factor, s.factor());
        // Highest (19000) and lowest (10000) dropped: mean of 12000, 13000, 14000 = 13000, times the factor.
        assertEquals(new BigDecimal("13000").multiply(factor).setScale(2), s.referencePrice());
        // The reference lies between 12350 and 12740: 12000 is closest for 0.95 and 0.96, 13000 for 0.97 and 0.98.
        long expected = factor.compareTo(new BigDecimal("0.965")) < 0 ? 2L : 3L;
        assertEquals(expected, s.winnerAgencyId());
    }

    @Test
    void theBestPriceReferenceRoundsHalfUpToCents() {
        BigDecimal ref = SelectionRules.reference(List.of(c(1, "10000.00", 0), c(2, "10000.01", 0), c(3, "10000.02", 0),
                c(4, "10000.04", 0), c(5, "20000.00", 0)), new BigDecimal("0.95"));
        // mean of 10000.01, 10000.02, 10000.04 = 10000.023333…, × 0.95 = 9500.02166… → 9500.02
        assertEquals(new BigDecimal("9500.02"), ref);
    }

    @Test
    void bestPriceWithFewerThanThreeBidsFails() {
        Selection s = select(SelectionMethod.BEST_PRICE, false, List.of(c(1, "12000.00", 80), c(2, "13000.00", 80)));
        assertTrue(s.failedReason().startsWith("流标: at least 3 valid bids"), s.failedReason());
    }

    @Test
    void equallyCloseBestPriceBidsGoToTheLowerOne() {
        // Four equal bids around: mean without extremes of 11000, 12000, 13000, 14000 is 12500; whatever the factor, 12000 is
        // at least as close as 13000 only when the reference is at most 12500; with factor ≤ 0.98 it is ≤ 12250.
        Selection s = select(SelectionMethod.BEST_PRICE, true, List.of(c(1, "11000.00", 80), c(2, "12000.00", 80), c(3, "13000.00", 80),
                c(4, "14000.00", 80)));
        assertEquals(2L, s.winnerAgencyId());
    }

    @Test
    void theCreditShortListIsDrawnFromTheBestByCredit() {
        List<Candidate> cs = new ArrayList<>();
        for (long id = 1; id <= 14; id++) {
            cs.add(c(id, null, (int) (60 + id * 2)));
        }
        Selection s = select(SelectionMethod.CREDIT_SHORTLIST, true, cs);
        assertNull(s.winnerAgencyId(), "the owner chooses");
        assertEquals(3, s.shortlist().size());
        assertTrue(s.shortlist().stream().allMatch(id -> id >= 5), "only the ten best by credit (ids 5–14) are on the long list");
        assertEquals(3, new HashSet<>(s.shortlist()).size());
        assertTrue(select(SelectionMethod.CREDIT_SHORTLIST, true, List.of(c(1, null, 90))).failedReason().contains("at least 2"));
    }

    @Test
    void proposalsWithoutAProposalAreLeftOut() {
        Selection s = select(SelectionMethod.PROPOSAL_COMPARISON, true, List.of(new Candidate(1, "甲", new BigDecimal("9000"), 80, true),
                new Candidate(2, "乙", null, 80, false)));
        assertEquals(List.of(1L), s.shortlist());
        assertTrue(s.excluded().contains("乙: no proposal"));
    }

    @Test
    void aVerificationRecomputesTheRecordAndCatchesTampering() {
        SelectionRules.Terms t = terms(SelectionMethod.BEST_PRICE, true);
        Selection s = select(SelectionMethod.BEST_PRICE, true, List.of(c(1, "10000.00", 80), c(2, "12000.00", 80), c(3, "13000.00", 80),
                c(4, "14000.00", 80)));
        DrawVerification ok = DrawRecheck.of(9, t, COMMITMENT, s, RULES.version(), RULES.text());
        assertTrue(ok.seedMatchesCommitment() && ok.matches());

        Selection otherWinner = new Selection(s.method(), s.seed(), s.seedCommitment(), s.candidates(), s.excluded(), s.factor(),
                s.referencePrice(), s.shortlist(), 4L, new BigDecimal("14000.00"), null, s.note(), s.at());
        assertFalse(DrawRecheck.of(9, t, COMMITMENT, otherWinner, RULES.version(), RULES.text()).matches());

        String ground = "another seed chosen after the bids were seen";
        Selection reseeded = SelectionRules.select(t, s.candidates(), List.of(), RULES, ground, COMMITMENT, AT);
        DrawVerification bad = DrawRecheck.of(9, t, COMMITMENT, reseeded, RULES.version(), RULES.text());
        assertFalse(bad.seedMatchesCommitment());
        assertFalse(bad.matches());
    }

    @Test
    void anOwnersChoiceMustComeFromTheRecomputedShortList() {
        SelectionRules.Terms t = terms(SelectionMethod.CREDIT_SHORTLIST, true);
        List<Candidate> cs = List.of(c(1, null, 95), c(2, null, 90), c(3, null, 85), c(4, null, 80), c(5, null, 75));
        Selection s = select(SelectionMethod.CREDIT_SHORTLIST, true, cs);
        long chosen = s.shortlist().get(1);
        long outsider = cs.stream().map(Candidate::agencyId).filter(id -> !s.shortlist().contains(id)).findFirst().orElseThrow();
        assertTrue(DrawRecheck.of(1, t, COMMITMENT, withWinner(s, chosen), RULES.version(), RULES.text()).matches());
        assertFalse(DrawRecheck.of(1, t, COMMITMENT, withWinner(s, outsider), RULES.version(), RULES.text()).matches());
    }

    private static Selection withWinner(Selection s, long id) {
        return new Selection(s.method(), s.seed(), s.seedCommitment(), s.candidates(), s.excluded(), s.factor(), s.referencePrice(),
                s.shortlist(), id, null, null, s.note(), s.at());
    }
}
