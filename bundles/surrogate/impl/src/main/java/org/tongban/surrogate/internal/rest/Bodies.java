package org.tongban.surrogate.internal.rest;

import org.tongban.surrogate.FreeServiceKind;
import org.tongban.surrogate.HandOverStep;

/** Request bodies of the surrogate resource. */
final class Bodies {

    private Bodies() {
    }

    record AgentRequest(String account, String name, String mobile, String pointCode, String pointName) {
    }

    record Supplement(java.util.List<org.tongban.intake.SubmittedMaterial> materials) {
    }

    record HandOverRequest(HandOverStep step, String items, String receiptRef) {
    }

    record FreeServiceRequest(FreeServiceKind kind, Integer quantity, String detail) {
    }
}
