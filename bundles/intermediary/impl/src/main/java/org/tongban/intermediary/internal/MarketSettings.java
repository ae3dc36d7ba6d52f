package org.tongban.intermediary.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** The marketplace's settings read from its configuration, checked as a whole: the selection rules, the publication minimum, the re-posting period. */
record MarketSettings(SelectionRules.Rules rules, int minPublicationWorkingDays, int relaunchPeriodDays) {

    static final MarketSettings DEFAULTS = new MarketSettings(SelectionRules.Rules.DEFAULTS, 5, 180);

    /** @throws IllegalArgumentException naming what is wrong */
    static MarketSettings of(IntermediaryConfig c) {
        List<BigDecimal> factors = Arrays.stream(c.bestPriceFactors().split(",")).map(String::trim).map(BigDecimal::new).toList();
        if (factors.isEmpty() || factors.stream().anyMatch(f -> f.signum() <= 0 || f.compareTo(BigDecimal.ONE) > 0)
                || c.minBestPrice() < 1 || c.minRandomDraw() < 1 || c.minLowestPrice() < 1 || c.minCreditShortlist() < 1
                || c.minProposals() < 1 || c.shortList() < 1 || c.longList() < c.shortList()) {
            throw new IllegalArgumentException("factors in (0, 1], minimums at least 1, longList >= shortList >= 1");
        }
        if (c.minPublicationWorkingDays() < 0 || c.minPublicationWorkingDays() > 60 || c.relaunchPeriodDays() < 1) {
            throw new IllegalArgumentException("minPublicationWorkingDays is 0 to 60, relaunchPeriodDays at least 1");
        }
        return new MarketSettings(new SelectionRules.Rules(c.minRandomDraw(), c.minLowestPrice(), c.minBestPrice(), c.minCreditShortlist(),
                c.minProposals(), c.longList(), c.shortList(), factors), c.minPublicationWorkingDays(), c.relaunchPeriodDays());
    }
}
