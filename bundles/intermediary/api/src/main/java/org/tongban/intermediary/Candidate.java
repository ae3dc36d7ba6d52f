package org.tongban.intermediary;

import java.math.BigDecimal;

/** A qualified participant as the selection saw it: its bid (bidding methods) and its credit score then. */
public record Candidate(long agencyId, String name, BigDecimal bid, int creditScore, boolean hasProposal) {
}
