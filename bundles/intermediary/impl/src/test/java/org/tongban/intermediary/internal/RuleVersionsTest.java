package org.tongban.intermediary.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.intermediary.Candidate;
import org.tongban.intermediary.DrawVerification;
import org.tongban.intermediary.Selection;
import org.tongban.intermediary.SelectionMethod;

/** Selection rules as text with a version anyone can recompute, and a re-check that holds a draw to them. */
class RuleVersionsTest {

    private static final SelectionRules.Rules RULES = SelectionRules.Rules.DEFAULTS;

    private static SelectionRules.Rules withMinRandomDraw(int n) {
        return new SelectionRules.Rules(n, 3, 3, 2, 1, 10, 3, RULES.bestPriceFactors());
    }

    @Test
    void theTextReadsBackAsTheSameRulesAndTheVersionIsItsHash() {
        assertEquals(RULES, SelectionRules.Rules.parse(RULES.text()));
        assertEquals(Draws.commitment(RULES.text()), RULES.version());
        assertTrue(RULES.text().contains("bestPriceFactors=0.95,0.96,0.97,0.98\n"));
    }

    @Test
    void anyRuleChangedIsAnotherVersionAndTheSameValuesWrittenOtherwiseAreNot() {
        assertNotEquals(RULES.version(), withMinRandomDraw(4).version());
        SelectionRules.Rules padded = new SelectionRules.Rules(3, 3, 3, 2, 1, 10, 3,
                List.of(new BigDecimal("0.950"), new BigDecimal("0.96"), new BigDecimal("0.97"), new BigDecimal("0.980")));
        assertEquals(RULES.version(), padded.version());
    }

    @Test
    void unreadableRulesAreSaidSo() {
        assertThrows(IllegalArgumentException.class, () -> SelectionRules.Rules.parse("minRandomDraw=3\n"));
    }

    @Test
    void aReCheckHoldsTheDrawToTheRulesItNamesAndRefusesRulesThatDoNotHashToThatVersion() {
        SelectionRules.Rules three = withMinRandomDraw(3);
        String seed = Draws.newSeed();
        String commitment = Draws.commitment(seed);
        SelectionRules.Terms t = new SelectionRules.Terms(SelectionMethod.RANDOM_DRAW, null, null, true);
        List<Candidate> cs = List.of(new Candidate(1, "甲", null, 80, false), new Candidate(2, "乙", null, 80, false),
                new Candidate(3, "丙", null, 80, false));
        Selection s = SelectionRules.select(t, cs, List.of(), three, seed, commitment, Instant.parse("2025-10-13T02:00:00Z"));
        assertTrue(DrawRecheck.of(1, t, commitment, s, three.version(), three.text()).matches());
        // Under rules that want four registrants this draw would have failed: they are not the rules it names.
        DrawVerification swapped = DrawRecheck.of(1, t, commitment, s, three.version(), withMinRandomDraw(4).text());
        assertFalse(swapped.rulesMatchVersion());
        assertFalse(swapped.matches());
        assertFalse(DrawRecheck.of(1, t, commitment, s, null, null).matches(), "no rules on record, nothing to check against");
    }
}
