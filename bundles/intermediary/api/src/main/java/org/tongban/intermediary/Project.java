package org.tongban.intermediary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A project of the marketplace, as published: the need, its window, the commitment to the seed of its draws and the
 * version of the selection rules it was posted under, and as it goes on its selection, contract, delivery and review,
 * or its cancellation. {@code registrations} is null while the window is open: nobody learns how many registered
 * before it closes. A project that re-posts a need its owner cancelled after a selection names that project
 * ({@code relaunchOf}) and carries the record of every such earlier attempt, newest first.
 */
public record Project(long id, String code, String serviceCode, String serviceName, String title, String scope, String ownerName,
                      String ownerCreditCode, String ownerAccount, BigDecimal budgetMin, BigDecimal budgetMax, BigDecimal fixedPrice,
                      int timeLimitDays, CreditGrade minimumGrade, SelectionMethod method, Instant publishedAt,
                      Instant registrationCloses, boolean publicFunds, String areaCode, ProjectStatus status, String seedCommitment,
                      String rulesVersion, Integer registrations, Selection selection, Long winnerAgencyId, Contract contract,
                      ServiceDelivery delivery, OwnerReview review, Cancellation cancellation, Long relaunchOf,
                      List<EarlierAttempt> earlierAttempts) {

    public Project {
        earlierAttempts = earlierAttempts == null ? List.of() : List.copyOf(earlierAttempts);
    }

    /** This project as the public sees it: without the owner's account. */
    public Project published() {
        return new Project(id, code, serviceCode, serviceName, title, scope, ownerName, ownerCreditCode, null, budgetMin, budgetMax,
                fixedPrice, timeLimitDays, minimumGrade, method, publishedAt, registrationCloses, publicFunds, areaCode, status,
                seedCommitment, rulesVersion, registrations, selection, winnerAgencyId, contract, delivery, review, cancellation,
                relaunchOf, earlierAttempts);
    }
}
