package org.tongban.intermediary.internal;

import static org.tongban.intermediary.internal.MarketContext.agencySubject;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.core.data.Change;
import org.tongban.core.fault.Fault;
import org.tongban.core.security.Caller;
import org.tongban.core.text.Text;
import org.tongban.intermediary.Agency;
import org.tongban.intermediary.AgencyApplication;
import org.tongban.intermediary.AgencyStatus;
import org.tongban.intermediary.Blacklisting;
import org.tongban.intermediary.CreditGrade;
import org.tongban.intermediary.Qualification;
import org.tongban.intermediary.Violation;
import org.tongban.intermediary.ViolationSeverity;

/**
 * Agencies from their registration through admission to their conduct: violations, blacklistings and the credit
 * scored on their whole record.
 */
final class Agencies {

    private final MarketContext ctx;

    Agencies(MarketContext ctx) {
        this.ctx = ctx;
    }

    Agency registerAgency(Caller caller, AgencyApplication a) {
        ctx.access.requireAgencyOf(caller, a);
        String account = caller.user();
        List<String> p = new ArrayList<>(Requests.problems(a));
        if (!p.isEmpty()) {
            throw Fault.invalid("the agency has " + p.size() + " fault(s)", p);
        }
        LocalDate today = ctx.clock.today();
        return ctx.changes.apply(ch -> {
            Connection c = ch.sql();
            for (Qualification q : a.qualifications()) {
                if (ServiceStore.service(c, q.serviceCode()).isEmpty()) {
                    p.add("qualifications: no service " + q.serviceCode() + " in the catalogue");
                }
            }
            if (!p.isEmpty()) {
                throw Fault.invalid("the agency has " + p.size() + " fault(s)", p);
            }
            long id;
            try {
                id = AgencyStore.insert(c, a, account, ctx.clock.now().toEpochMilli());
            } catch (SQLIntegrityConstraintViolationException e) {
                throw Fault.conflict("an agency with credit code " + a.creditCode() + " or account " + account
                        + " is registered already");
            }
            ctx.record(ch, agencySubject(id), "intermediary.agency.registered", account, "agency", a.name() + " registered, awaiting review",
                    Map.of("agencyId", id, "creditCode", a.creditCode(), "name", a.name()));
            return AgencyStore.agency(c, id, today).orElseThrow();
        });
    }

    Agency admit(Caller caller, long agencyId, boolean admit, String opinion) {
        ctx.access.requireSupervision(caller);
        String actor = caller.user();
        String role = caller.role();
        if (!admit && Text.blank(opinion)) {
            throw Fault.invalid("a refusal states its reason (opinion)");
        }
        LocalDate today = ctx.clock.today();
        return ctx.changes.apply(ch -> {
            Connection c = ch.sql();
            Agency a = MarketContext.agency(c, agencyId, today);
            if (a.status() != AgencyStatus.PENDING) {
                throw Fault.conflict("agency " + agencyId + " was reviewed already (" + a.status() + ")");
            }
            AgencyStatus s = admit ? AgencyStatus.ADMITTED : AgencyStatus.REJECTED;
            AgencyStore.setStatus(c, agencyId, s, opinion == null ? null : opinion.trim());
            ctx.record(ch, agencySubject(agencyId), "intermediary.agency." + s.name().toLowerCase(), actor, role,
                    a.name() + " " + s + (Text.blank(opinion) ? "" : ": " + opinion.trim()), Map.of("agencyId", agencyId, "status", s.name()));
            return MarketContext.agency(c, agencyId, today);
        });
    }

    List<Agency> agencies(AgencyStatus status) {
        LocalDate today = ctx.clock.today();
        return ctx.tx.read(c -> AgencyStore.agencies(c, status, today));
    }

    Optional<Agency> agency(long id) {
        LocalDate today = ctx.clock.today();
        return ctx.tx.read(c -> AgencyStore.agency(c, id, today));
    }

    Optional<Agency> agencyOf(Caller caller) {
        LocalDate today = ctx.clock.today();
        return ctx.tx.read(c -> MarketAccess.agencyOf(c, caller, today));
    }

    Violation recordViolation(Caller caller, long agencyId, ViolationSeverity severity, String description) {
        ctx.access.requireSupervision(caller);
        String actor = caller.user();
        String role = caller.role();
        if (severity == null || Text.blank(description)) {
            throw Fault.invalid("severity (MINOR, SERIOUS, VETO) and description are required");
        }
        LocalDate today = ctx.clock.today();
        return ctx.changes.apply(ch -> {
            Connection c = ch.sql();
            Agency a = MarketContext.agency(c, agencyId, today);
            Violation v = ConductStore.violation(c, agencyId, severity, description.trim(), today, actor);
            ctx.record(ch, agencySubject(agencyId), "intermediary.agency.violation", actor, role, severity + ": " + description.trim(),
                    Map.of("agencyId", agencyId, "severity", severity.name(), "description", description.trim()));
            rescore(ch, a, actor, role);
            return v;
        });
    }

    Blacklisting blacklist(Caller caller, long agencyId, String reason, LocalDate until) {
        ctx.access.requireSupervision(caller);
        String actor = caller.user();
        String role = caller.role();
        LocalDate today = ctx.clock.today();
        if (Text.blank(reason) || until == null || until.isBefore(today)) {
            throw Fault.invalid("reason and an until date from today on are required");
        }
        return ctx.changes.apply(ch -> {
            Connection c = ch.sql();
            Agency a = MarketContext.agency(c, agencyId, today);
            ConductStore.blacklist(c, agencyId, reason.trim(), today, until, actor);
            ctx.record(ch, agencySubject(agencyId), "intermediary.agency.blacklisted", actor, role,
                    a.name() + " blacklisted until " + until + ": " + reason.trim(),
                    Map.of("agencyId", agencyId, "until", until.toString(), "reason", reason.trim()));
            return ConductStore.blacklisting(c, agencyId, today).orElseThrow();
        });
    }

    Agency liftBlacklisting(Caller caller, long agencyId, String reason) {
        ctx.access.requireSupervision(caller);
        String actor = caller.user();
        String role = caller.role();
        if (Text.blank(reason)) {
            throw Fault.invalid("reason is required: why the blacklisting ends early");
        }
        LocalDate today = ctx.clock.today();
        return ctx.changes.apply(ch -> {
            Connection c = ch.sql();
            Agency a = MarketContext.agency(c, agencyId, today);
            if (ConductStore.lift(c, agencyId, today, actor) == 0) {
                throw Fault.conflict(a.name() + " is not blacklisted");
            }
            ctx.record(ch, agencySubject(agencyId), "intermediary.agency.blacklist-lifted", actor, role, reason.trim(),
                    Map.of("agencyId", agencyId, "reason", reason.trim()));
            return MarketContext.agency(c, agencyId, today);
        });
    }

    void rescore(Change ch, Agency a, String actor, String role) throws SQLException {
        Connection c = ch.sql();
        ConductStore.Reviews reviews = ConductStore.reviews(c, a.id());
        List<ViolationSeverity> violations = ConductStore.violations(c, a.id());
        int score = CreditRules.score(reviews.scores(), reviews.onTime(), reviews.late(), violations);
        CreditGrade grade = CreditRules.grade(score, violations);
        AgencyStore.setCredit(c, a.id(), score, grade);
        if (score != a.creditScore() || grade != a.creditGrade()) {
            ctx.record(ch, agencySubject(a.id()), "intermediary.agency.credit", actor, role,
                    a.name() + ": credit " + a.creditScore() + " (" + a.creditGrade() + ") → " + score + " (" + grade + ")",
                    Map.of("agencyId", a.id(), "score", score, "grade", grade.name()));
        }
    }
}
