package org.tongban.intermediary.internal;

import java.sql.Connection;
import static org.tongban.intermediary.internal.MarketContext.noProject;
import static org.tongban.intermediary.internal.MarketContext.ownerRole;
import static org.tongban.intermediary.internal.MarketContext.projectSubject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import org.tongban.core.fault.Fault;
import org.tongban.core.security.Caller;
import org.tongban.core.text.Text;
import org.tongban.intermediary.Agency;
import org.tongban.intermediary.Contract;
import org.tongban.intermediary.OwnerReview;
import org.tongban.intermediary.Project;
import org.tongban.intermediary.ProjectStatus;
import org.tongban.intermediary.SelectionMethod;
import org.tongban.intermediary.ServiceDelivery;

/** After the selection: the contract, the agency's delivery and the owner's review that scores the agency's credit. */
final class Contracts {

    private final MarketContext ctx;
    private final Agencies agencies;

    Contracts(MarketContext ctx, Agencies agencies) {
        this.ctx = ctx;
        this.agencies = agencies;
    }

    Project contract(Caller caller, long projectId, String number, BigDecimal amount, LocalDate signedOn) {
        String actor = caller.user();
        boolean supervisor = ctx.access.supervises(caller);
        if (Text.blank(number) || amount == null || amount.signum() <= 0) {
            throw Fault.invalid("contractNumber and a positive amount are required");
        }
        LocalDate today = ctx.clock.today();
        LocalDate signed = signedOn == null ? today : signedOn;
        if (signed.isAfter(today)) {
            throw Fault.invalid("signedOn is in the future");
        }
        return ctx.changes.apply(ch -> {
            Connection c = ch.sql();
            StoredProject p = ctx.owned(c, projectId, caller, supervisor);
            p.require("a contract follows the selection", ProjectStatus.SELECTED);
            BigDecimal agreed = p.selection.winningBid() != null && p.method != SelectionMethod.PROPOSAL_COMPARISON
                    ? p.selection.winningBid() : p.fixedPrice;
            if (agreed != null && agreed.compareTo(amount) != 0) {
                throw Fault.conflict("the contract amount is the selected price " + agreed + ", not " + amount);
            }
            LocalDate due = ctx.calendar.addWorkingDays(signed, p.timeLimitDays);
            p.contracted(new Contract(number.trim(), amount.setScale(2, RoundingMode.HALF_UP), signed, due));
            ProjectStore.update(c, p, ctx.clock.now().toEpochMilli());
            ctx.record(ch, projectSubject(p), "intermediary.project.contracted", actor, ownerRole(supervisor),
                    "contract " + number.trim() + ", " + amount + " yuan, due " + due,
                    Map.of("projectId", p.id, "contractNumber", number.trim(), "amount", amount, "dueDate", due.toString()));
            return ctx.view(c, p);
        });
    }

    Project deliver(Caller caller, long projectId, String summary) {
        String account = caller.user();
        if (Text.blank(summary)) {
            throw Fault.invalid("summary is required: what was delivered (report number, findings…)");
        }
        LocalDate today = ctx.clock.today();
        return ctx.changes.apply(ch -> {
            Connection c = ch.sql();
            StoredProject p = ProjectStore.lock(c, projectId).orElseThrow(() -> noProject(projectId));
            Agency a = MarketAccess.agencyOf(c, caller, today).orElseThrow(() -> Fault.forbidden("user " + account + " has no agency"));
            if (p.winnerAgencyId == null || p.winnerAgencyId != a.id()) {
                throw Fault.forbidden(a.name() + " was not selected for " + p.code);
            }
            p.require("the service is delivered under a contract", ProjectStatus.CONTRACTED);
            p.delivered(new ServiceDelivery(today, summary.trim()));
            ProjectStore.update(c, p, ctx.clock.now().toEpochMilli());
            ctx.record(ch, projectSubject(p), "intermediary.project.delivered", account, "agency", summary.trim()
                    + (today.isAfter(p.contract.dueDate()) ? " (late: due " + p.contract.dueDate() + ")" : ""),
                    Map.of("projectId", p.id, "deliveredOn", today.toString(), "dueDate", p.contract.dueDate().toString()));
            return ctx.view(c, p);
        });
    }

    Project review(Caller caller, long projectId, int score, String comment) {
        String actor = caller.user();
        boolean supervisor = ctx.access.supervises(caller);
        if (score < 1 || score > 5) {
            throw Fault.invalid("score is 1 to 5");
        }
        LocalDate today = ctx.clock.today();
        return ctx.changes.apply(ch -> {
            Connection c = ch.sql();
            StoredProject p = ctx.owned(c, projectId, caller, supervisor);
            p.require("the owner reviews a delivered service once", ProjectStatus.DELIVERED);
            boolean onTime = !p.delivery.deliveredOn().isAfter(p.contract.dueDate());
            p.reviewed(new OwnerReview(score, onTime, Text.blank(comment) ? null : comment.trim(), today));
            ProjectStore.update(c, p, ctx.clock.now().toEpochMilli());
            ctx.record(ch, projectSubject(p), "intermediary.project.reviewed", actor, ownerRole(supervisor),
                    "score " + score + (onTime ? ", on time" : ", late"), Map.of("projectId", p.id, "score", score, "onTime", onTime));
            agencies.rescore(ch, AgencyStore.agency(c, p.winnerAgencyId, today).orElseThrow(), actor, "owner");
            return ctx.view(c, p);
        });
    }
}
