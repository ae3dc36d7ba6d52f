package org.tongban.intermediary.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.tongban.intermediary.Cancellation;
import org.tongban.intermediary.Contract;
import org.tongban.intermediary.CreditGrade;
import org.tongban.intermediary.EarlierAttempt;
import org.tongban.intermediary.OwnerReview;
import org.tongban.intermediary.Project;
import org.tongban.intermediary.ProjectStatus;
import org.tongban.intermediary.Selection;
import org.tongban.intermediary.SelectionMethod;
import org.tongban.intermediary.ServiceDelivery;

/** A project row, loaded under its lock, changed by one operation and written back. Mutable on purpose. */
final class StoredProject {
    long id;
    String code;
    String serviceCode;
    String serviceName;
    String title;
    String scope;
    String ownerName;
    String ownerCreditCode;
    String ownerAccount;
    BigDecimal budgetMin;
    BigDecimal budgetMax;
    BigDecimal fixedPrice;
    int timeLimitDays;
    CreditGrade minimumGrade;
    SelectionMethod method;
    Instant publishedAt;
    Instant closes;
    boolean publicFunds;
    String areaCode;
    ProjectStatus status;
    String seed;
    String seedCommitment;
    String rulesVersion;
    Selection selection;
    Long winnerAgencyId;
    Contract contract;
    ServiceDelivery delivery;
    OwnerReview review;
    Cancellation cancellation;
    Long relaunchOf;
    int registrations;

    /** Whether the window is still open at {@code now}: then who registered, and how many, is nobody's to know. */
    boolean sealed(Instant now) {
        return status == ProjectStatus.OPEN && now.isBefore(closes);
    }

    Project view(Instant now, List<EarlierAttempt> earlier) {
        return new Project(id, code, serviceCode, serviceName, title, scope, ownerName, ownerCreditCode, ownerAccount, budgetMin,
                budgetMax, fixedPrice, timeLimitDays, minimumGrade, method, publishedAt, closes, publicFunds, areaCode, status,
                seedCommitment, rulesVersion, sealed(now) ? null : registrations, selection, winnerAgencyId, contract, delivery,
                review, cancellation, relaunchOf, earlier);
    }
}
