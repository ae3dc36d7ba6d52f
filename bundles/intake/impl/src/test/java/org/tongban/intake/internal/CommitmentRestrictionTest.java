package org.tongban.intake.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongban.catalog.CaseKind;
import org.tongban.catalog.ServiceItem;

class CommitmentRestrictionTest {

    private static final ServiceItem FOOD = Items.food(CaseKind.PROMISED);

    @Test
    void byDefaultEveryItemIsRestricted() {
        assertTrue(CommitmentRestriction.of(Configs.intake(Map.of())).applies(FOOD));
    }

    @Test
    void itemsAreNamedByCodeAndAnExemptionWins() {
        assertTrue(new CommitmentRestriction(Set.of(FOOD.implementationCode()), Set.of()).applies(FOOD));
        assertFalse(new CommitmentRestriction(Set.of("11370783000007919T4010000000099"), Set.of()).applies(FOOD));
        assertFalse(new CommitmentRestriction(Set.of(), Set.of()).applies(FOOD), "an empty list restricts nothing");
        assertFalse(CommitmentRestriction.of(Configs.intake(Map.of("defaulterCommitmentExempt",
                new String[] {" " + FOOD.implementationCode() + " "}))).applies(FOOD));
    }
}
