package org.tongban.intermediary.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.tongban.core.fault.Fault;
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

/**
 * A project row, loaded under its lock, changed by one operation and written back. Mutable on purpose; its steps from
 * one status to the next are the methods below, so a use case checks and makes a transition in the project's words.
 */
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

    /** Refuses a step the current status does not allow; {@code why} says what the step needs. */
    void require(String why, ProjectStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw Fault.conflict(code + " is " + status + ": " + why);
        }
    }

    /** The draw or comparison made: selected, failed, or a short list for the owner to choose from. */
    void selected(Selection s) {
        selection = s;
        winnerAgencyId = s.winnerAgencyId();
        status = s.failedReason() != null ? ProjectStatus.FAILED
                : s.winnerAgencyId() != null ? ProjectStatus.SELECTED : ProjectStatus.AWAITING_CHOICE;
    }

    /** The owner's choice, recorded as the selection it completes. */
    void chosen(Selection s) {
        selection = s;
        winnerAgencyId = s.winnerAgencyId();
        status = ProjectStatus.SELECTED;
    }

    void contracted(Contract c) {
        contract = c;
        status = ProjectStatus.CONTRACTED;
    }

    void delivered(ServiceDelivery d) {
        delivery = d;
        status = ProjectStatus.DELIVERED;
    }

    void reviewed(OwnerReview r) {
        review = r;
        status = ProjectStatus.REVIEWED;
    }

    void cancelled(Cancellation c) {
        cancellation = c;
        status = ProjectStatus.CANCELLED;
    }

    Project view(Instant now, List<EarlierAttempt> earlier) {
        return new Project(id, code, serviceCode, serviceName, title, scope, ownerName, ownerCreditCode, ownerAccount, budgetMin,
                budgetMax, fixedPrice, timeLimitDays, minimumGrade, method, publishedAt, closes, publicFunds, areaCode, status,
                seedCommitment, rulesVersion, sealed(now) ? null : registrations, selection, winnerAgencyId, contract, delivery,
                review, cancellation, relaunchOf, earlier);
    }
}
