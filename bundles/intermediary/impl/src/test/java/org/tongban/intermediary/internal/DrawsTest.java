package org.tongban.intermediary.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrawsTest {

    private static final String SEED = "5f2b8c1e9a7d4b3c6e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d";

    @Test
    void theSameSeedAndLabelAlwaysDrawTheSame() {
        assertEquals(Draws.index(SEED, "winner", 7), Draws.index(SEED, "winner", 7));
        assertEquals(Draws.sample(SEED, "shortlist", List.of(1, 2, 3, 4, 5, 6), 3), Draws.sample(SEED, "shortlist", List.of(1, 2, 3, 4, 5, 6), 3));
    }

    /**
     * Pinned results, computed by an independent re-implementation of the published algorithm (a few lines of Python
     * with hashlib): a change to the algorithm would make every published draw fail its re-check, so it must show here.
     */
    @Test
    void publishedDrawsStayReproducible() {
        assertEquals(PINNED_WINNER_OF_5, Draws.index(SEED, "winner", 5));
        assertEquals(PINNED_SHORTLIST, Draws.sample(SEED, "shortlist", List.of(11L, 12L, 13L, 14L, 15L, 16L, 17L), 3));
        assertEquals(PINNED_COMMITMENT, Draws.commitment(SEED));
    }

    static final int PINNED_WINNER_OF_5 = 3;
    static final List<Long> PINNED_SHORTLIST = List.of(16L, 12L, 17L);
    static final String PINNED_COMMITMENT = "52498b9064d2d855b68b3e2b42c5d8375fb025903144997f30025094a13ace86";

    @Test
    void drawsSpreadEvenlyOverTheCandidates() {
        int[] hits = new int[4];
        for (int i = 0; i < 8000; i++) {
            hits[Draws.index(Integer.toHexString(i), "winner", 4)]++;
        }
        for (int h : hits) {
            assertTrue(h > 1800 && h < 2200, java.util.Arrays.toString(hits));
        }
    }

    @Test
    void aSampleHasDistinctMembersAndNeverMoreThanThereAre() {
        List<Integer> from = List.of(1, 2, 3, 4, 5);
        for (int i = 0; i < 200; i++) {
            List<Integer> s = Draws.sample(Integer.toString(i), "s", from, 3);
            assertEquals(3, new HashSet<>(s).size());
        }
        assertEquals(5, Draws.sample(SEED, "s", from, 9).size());
        assertNotEquals(Draws.sample(SEED, "a", from, 5), Draws.sample(SEED, "b", from, 5), "labels draw independently");
        assertThrows(IllegalArgumentException.class, () -> Draws.index(SEED, "x", 0));
    }

    @Test
    void freshSeedsAreNewAndCommitmentsAreTheirHash() {
        String a = Draws.newSeed();
        assertTrue(a.matches("[0-9a-f]{64}"));
        assertNotEquals(a, Draws.newSeed());
        assertNotEquals(Draws.commitment(a), Draws.commitment(Draws.newSeed()));
    }
}
