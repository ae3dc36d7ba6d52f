package org.tongban.intermediary.internal;

import java.sql.Connection;
import static org.tongban.intermediary.internal.MarketContext.noProject;
import static org.tongban.intermediary.internal.MarketContext.projectSubject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.core.fault.Fault;
import org.tongban.core.security.Caller;
import org.tongban.core.text.Text;
import org.tongban.intermediary.Agency;
import org.tongban.intermediary.AgencyStatus;
import org.tongban.intermediary.ProjectStatus;
import org.tongban.intermediary.Registration;
import org.tongban.intermediary.RegistrationRequest;

/**
 * Registrations for an open project, with sealed bids: a bid reaches neither the audit trail, nor the outbox, nor a log,
 * and nobody but supervision learns who registered before the window closes.
 */
final class Bidding {

    private final MarketContext ctx;

    Bidding(MarketContext ctx) {
        this.ctx = ctx;
    }

    List<Agency> qualifiedFor(long projectId) {
        LocalDate today = ctx.clock.today();
        return ctx.tx.read(c -> {
            StoredProject p = ProjectStore.project(c, projectId).orElseThrow(() -> noProject(projectId));
            return AgencyStore.agencies(c, AgencyStatus.ADMITTED, today).stream()
                    .filter(a -> Eligibility.whyNot(a, p.serviceCode, p.areaCode, p.minimumGrade, today).isEmpty()).toList();
        });
    }

    Registration register(Caller caller, long projectId, RegistrationRequest r) {
        String account = caller.user();
        LocalDate today = ctx.clock.today();
        Instant now = ctx.clock.now();
        return ctx.changes.apply(ch -> {
            Connection c = ch.sql();
            Agency a = MarketAccess.agencyOf(c, caller, today).orElseThrow(() -> Fault.forbidden(
                    "user " + account + " has no agency: register it first (POST /api/v1/intermediary/agencies)"));
            StoredProject p = ProjectStore.lock(c, projectId).orElseThrow(() -> noProject(projectId));
            if (p.status != ProjectStatus.OPEN) {
                throw Fault.conflict("project " + p.code + " is " + p.status + ": registration is over");
            }
            if (!now.isBefore(p.closes)) {
                throw Fault.conflict("registration for " + p.code + " closed at " + p.closes);
            }
            Optional<String> why = Eligibility.whyNot(a, p.serviceCode, p.areaCode, p.minimumGrade, today);
            if (why.isPresent()) {
                throw Fault.unprocessable("not-qualified", why.get());
            }
            BigDecimal bid = r == null ? null : r.bid();
            String proposal = r == null || Text.blank(r.proposal()) ? null : r.proposal().trim();
            switch (p.method) {
                case LOWEST_PRICE, BEST_PRICE -> {
                    if (bid == null || bid.signum() <= 0) {
                        throw Fault.invalid(p.method + " needs a bid: a positive amount in yuan");
                    }
                }
                case PROPOSAL_COMPARISON -> {
                    if (proposal == null) {
                        throw Fault.invalid("proposal comparison needs a proposal (and a quote as bid)");
                    }
                }
                default -> {
                    if (bid != null) {
                        throw Fault.invalid(p.method + ": the owner fixed the price; send no bid");
                    }
                }
            }
            long id;
            try {
                id = RegistrationStore.register(c, projectId, a.id(), bid == null ? null : bid.setScale(2, RoundingMode.HALF_UP),
                        proposal, now.toEpochMilli());
            } catch (SQLIntegrityConstraintViolationException e) {
                throw Fault.conflict(a.name() + " is registered for " + p.code + " already");
            }
            // The bid stays out of the audit trail and the outbox: it is sealed until the selection publishes it.
            ctx.record(ch, projectSubject(p), "intermediary.project.registration", account, "agency",
                    a.name() + " registered" + (bid == null ? "" : " (bid sealed)"), Map.of("projectId", p.id, "agencyId", a.id()));
            return new Registration(id, projectId, a.id(), a.name(), bid, proposal, now);
        });
    }

    List<Registration> registrations(Caller caller, long projectId) {
        boolean supervisor = ctx.access.supervises(caller);
        LocalDate today = ctx.clock.today();
        Instant now = ctx.clock.now();
        return ctx.tx.read(c -> {
            StoredProject p = ProjectStore.project(c, projectId).orElseThrow(() -> noProject(projectId));
            List<Registration> all = RegistrationStore.registrations(c, projectId);
            boolean sealed = p.sealed(now);
            if (supervisor) {
                if (sealed) {
                    // Supervision may look into an open window (collusion, a forged qualification), never at bids; the look is noted.
                    ctx.reads.read(caller, projectSubject(p), "registrations before the close");
                }
                return sealed ? all.stream().map(x -> new Registration(x.id(), x.projectId(), x.agencyId(), x.agencyName(), null, null,
                        x.registeredAt())).toList() : all;
            }
            if (MarketAccess.owns(caller, p)) {
                if (sealed) {
                    // Who registered, and how many, is the owner's to know only once nobody can register any more.
                    throw Fault.conflict("registration for " + p.code + " closes at " + p.closes
                            + ": until then nobody but supervision sees who registered");
                }
                return all;
            }
            Optional<Agency> mine = MarketAccess.agencyOf(c, caller, today);
            if (mine.isEmpty()) {
                throw Fault.forbidden("only the owner, a supervisor and registered agencies see registrations");
            }
            return all.stream().filter(x -> x.agencyId() == mine.get().id()).toList();
        });
    }
}
