package org.tongban.intermediary;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A project of the marketplace, as published: the need, its window, the commitment to the seed of its draws, and as
 * it goes on its selection, contract, delivery and review.
 */
public record Project(long id, String code, String serviceCode, String serviceName, String title, String scope, String ownerName,
                      String ownerCreditCode, String ownerAccount, BigDecimal budgetMin, BigDecimal budgetMax, BigDecimal fixedPrice,
                      int timeLimitDays, CreditGrade minimumGrade, SelectionMethod method, Instant publishedAt,
                      Instant registrationCloses, boolean publicFunds, String areaCode, ProjectStatus status, String seedCommitment,
                      int registrations, Selection selection, Long winnerAgencyId, Contract contract, ServiceDelivery delivery,
                      OwnerReview review, String cancelReason) {
}
