package org.tongban.intermediary.internal.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.tongban.intermediary.ViolationSeverity;

/** Request bodies of the marketplace resource. */
final class Bodies {

    private Bodies() {
    }

    record Admission(Boolean admit, String opinion) {
    }

    record ViolationRequest(ViolationSeverity severity, String description) {
    }

    record BlacklistRequest(String reason, LocalDate until) {
    }

    record Reason(String reason) {
    }

    record Choice(Long agencyId, String reason) {
    }

    record ContractRequest(String contractNumber, BigDecimal amount, LocalDate signedOn) {
    }

    record DeliveryRequest(String summary) {
    }

    record ReviewRequest(Integer score, String comment) {
    }
}
