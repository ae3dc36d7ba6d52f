package org.tongban.intermediary;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A need an owner posts: the service, title and scope, the owner (name and credit code), the price range (bidding) or
 * fixed price (random draw, credit short list), the time limit in working days, the lowest credit grade accepted
 * (optional), the selection method, when registration closes, whether public funds pay, and the division it is in.
 */
public record ProjectRequest(String serviceCode, String title, String scope, String ownerName, String ownerCreditCode,
                             BigDecimal budgetMin, BigDecimal budgetMax, BigDecimal fixedPrice, int timeLimitDays,
                             CreditGrade minimumGrade, SelectionMethod method, Instant registrationCloses, boolean publicFunds,
                             String areaCode) {
}
