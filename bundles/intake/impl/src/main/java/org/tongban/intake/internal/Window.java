package org.tongban.intake.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tongban.catalog.ServiceItem;
import org.tongban.core.fault.Fault;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.intake.CaseEvent;
import org.tongban.intake.CaseStatus;
import org.tongban.intake.CaseView;
import org.tongban.intake.Delivery;
import org.tongban.intake.DeliveryCondition;
import org.tongban.intake.IllegalTransitionException;
import org.tongban.intake.internal.CaseWork.Step;
import static org.tongban.intake.internal.CaseWork.requireText;

/** The window: refusal (不予受理), receipt and dispatch to the departments, and handing out the result (出件). */
final class Window {

    private final CaseWork work;
    /** What other capabilities require before a result is handed out (e.g. evaluation's "evaluate first"). */
    private final List<DeliveryCondition> deliveryConditions;

    Window(CaseWork work, List<DeliveryCondition> deliveryConditions) {
        this.work = work;
        this.deliveryConditions = deliveryConditions;
    }

    CaseView refuse(Caller caller, String caseNumber, String reason) {
        CaseAccess.requireRole(caller, "a refusal (不予受理)", Role.CLERK);
        requireText(reason, "reason", "a refusal (不予受理) states its reason");
        return work.change(caseNumber, k -> {
            Lifecycle.check(caseNumber, k.status, CaseStatus.REFUSED);
            k.status = CaseStatus.REFUSED;
            k.details = k.details.withRefusal(reason.trim());
            return new Step(f -> new CaseEvent.Refused(f, reason.trim()));
        }, caller);
    }

    CaseView transition(Caller caller, String caseNumber, CaseStatus to, String opinion) {
        CaseAccess.requireRole(caller, "a window move", Role.CLERK);
        if (to != CaseStatus.RECEIVED && to != CaseStatus.DISPATCHED) {
            throw Fault.conflict("a case becomes " + to + " through "
                    + switch (to) {
                        case UNDER_REVIEW, DECIDED -> "its departments' reviews (POST …/reviews)";
                        case DELIVERED -> "delivery (POST …/delivery)";
                        case REFUSED -> "a refusal (POST …/refusal)";
                        default -> "intake and supplements";
                    });
        }
        String note = opinion == null ? "" : opinion.trim();
        return work.change(caseNumber, (change, k) -> {
            CaseStatus from = k.status;
            if (to == CaseStatus.RECEIVED && from != CaseStatus.ACCEPTED) {
                throw new IllegalTransitionException(caseNumber, from, to);
            }
            Lifecycle.check(caseNumber, from, to);
            k.status = to;
            if (to == CaseStatus.DISPATCHED) {
                ServiceItem item = work.pinned(k);
                k.round++;
                ReviewStore.open(change.sql(), k.caseNumber, k.round, item.reviewingDepartments());
                String to2 = item.reviewingDepartments().stream().map(d -> d.name()).collect(Collectors.joining(", "));
                return new Step(f -> new CaseEvent.Dispatched(f, "round " + k.round + " to " + to2
                        + (item.isJointReview() ? " (joint review, " + item.approvalsNeeded() + " of "
                        + item.reviewingDepartments().size() + " approvals)" : "") + (note.isEmpty() ? "" : "; " + note)));
            }
            return new Step(f -> new CaseEvent.Received(f, note));
        }, caller);
    }

    CaseView deliver(Caller caller, String caseNumber, Delivery delivery) {
        CaseAccess.requireRole(caller, "a delivery", Role.CLERK, Role.AGENT);
        List<String> problems = delivery == null ? List.of("send the delivery as JSON") : delivery.problems();
        if (!problems.isEmpty()) {
            throw Fault.invalid("the delivery has " + problems.size() + " fault(s)", problems);
        }
        return work.change(caseNumber, (change, k) -> {
            Lifecycle.check(caseNumber, k.status, CaseStatus.DELIVERED);
            if (k.details.result() == null) {
                throw Fault.conflict("case " + caseNumber + " has no result recorded yet (POST …/result)");
            }
            if (!k.tolerated.isEmpty()) {
                throw Fault.conflict("case " + caseNumber + " still owes tolerated materials ("
                        + String.join("; ", k.tolerated) + "): the result is handed out once they are in");
            }
            for (DeliveryCondition condition : deliveryConditions) {
                Optional<String> unmet = condition.unmetFor(change, caseNumber);
                if (unmet.isPresent()) {
                    throw Fault.conflict("case " + caseNumber + ": " + unmet.get());
                }
            }
            k.status = CaseStatus.DELIVERED;
            k.details = k.details.withDelivery(delivery);
            return new Step(f -> new CaseEvent.Delivered(f, switch (delivery.method()) {
                case WINDOW -> "at the window to " + delivery.recipient();
                case MAIL -> "by mail to " + delivery.recipient() + ", " + delivery.carrier() + " " + delivery.trackingNumber();
            }));
        }, caller);
    }
}
