package org.tongban.intermediary;

import java.math.BigDecimal;

/** What an agency sends to register: a sealed bid for the bidding methods, a proposal for proposal comparison. */
public record RegistrationRequest(BigDecimal bid, String proposal) {
}
