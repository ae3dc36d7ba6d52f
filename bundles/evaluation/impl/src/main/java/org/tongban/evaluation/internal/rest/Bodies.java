package org.tongban.evaluation.internal.rest;

import org.tongban.evaluation.RectificationStep;
import org.tongban.evaluation.Satisfaction;

/** Request bodies of the evaluation resource. */
final class Bodies {

    private Bodies() {
    }

    record InvitationRequest(String caseNumber) {
    }

    record Rating(Satisfaction rating) {
    }

    record StepRequest(RectificationStep step, String text) {
    }

    record AppealRequest(String reason) {
    }

    record AppealDecision(Boolean uphold, String decision) {
    }
}
