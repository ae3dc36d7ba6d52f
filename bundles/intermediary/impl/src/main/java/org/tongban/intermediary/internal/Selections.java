package org.tongban.intermediary.internal;

import static org.tongban.intermediary.internal.MarketContext.noProject;
import static org.tongban.intermediary.internal.MarketContext.ownerRole;
import static org.tongban.intermediary.internal.MarketContext.projectSubject;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.core.fault.Fault;
import org.tongban.core.security.Caller;
import org.tongban.core.text.Text;
import org.tongban.intermediary.Agency;
import org.tongban.intermediary.Candidate;
import org.tongban.intermediary.DrawVerification;
import org.tongban.intermediary.Project;
import org.tongban.intermediary.ProjectStatus;
import org.tongban.intermediary.Registration;
import org.tongban.intermediary.RuleSet;
import org.tongban.intermediary.Selection;
import org.tongban.intermediary.SelectionMethod;

/** The selection of a project's agency: the draw or comparison once registration closes, the owner's choice, its re-check. */
final class Selections {

    private final MarketContext ctx;

    Selections(MarketContext ctx) {
        this.ctx = ctx;
    }

    Project select(Caller caller, long projectId) {
        String actor = caller.user();
        boolean supervisor = ctx.access.supervises(caller);
        LocalDate today = ctx.clock.today();
        Instant now = ctx.clock.now();
        return ctx.changes.apply(ch -> {
            Connection c = ch.sql();
            StoredProject p = ctx.owned(c, projectId, caller, supervisor);
            if (p.method == SelectionMethod.DIRECT) {
                throw Fault.conflict(p.code + " is a direct selection: the owner chooses (POST …/choice)");
            }
            p.require("its selection has been made", ProjectStatus.OPEN);
            if (now.isBefore(p.closes)) {
                throw Fault.conflict("registration for " + p.code + " closes at " + p.closes + "; bids stay sealed until then");
            }
            List<String> excluded = new ArrayList<>();
            List<Candidate> candidates = candidates(c, p, today, excluded);
            SelectionRules.Rules rules = recordedRules(c, p).orElseThrow(() -> new IllegalStateException(
                    "the rules " + p.rulesVersion + " of " + p.code + " are not on record"));
            Selection s = SelectionRules.select(terms(p), candidates, excluded, rules, p.seed, p.seedCommitment, now);
            p.selected(s);
            ProjectStore.update(c, p, now.toEpochMilli());
            String detail = switch (p.status) {
                case FAILED -> s.failedReason();
                case SELECTED -> "selected " + name(s, s.winnerAgencyId()) + (s.winningBid() == null ? "" : " at " + s.winningBid())
                        + ": " + s.note();
                default -> s.note();
            };
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("projectId", p.id);
            e.put("status", p.status.name());
            e.put("selection", s);
            ctx.record(ch, projectSubject(p), "intermediary.project.selection", actor, ownerRole(supervisor), detail, e);
            return ctx.view(c, p);
        });
    }

    Project choose(Caller caller, long projectId, long agencyId, String reason) {
        String actor = caller.user();
        boolean supervisor = ctx.access.supervises(caller);
        LocalDate today = ctx.clock.today();
        Instant now = ctx.clock.now();
        return ctx.changes.apply(ch -> {
            Connection c = ch.sql();
            StoredProject p = ctx.owned(c, projectId, caller, supervisor);
            p.require("there is no choice to make", ProjectStatus.AWAITING_CHOICE);
            Agency a = AgencyStore.agency(c, agencyId, today).orElseThrow(() -> Fault.notFound("no agency " + agencyId));
            Optional<String> why = Eligibility.whyNot(a, p.serviceCode, p.areaCode, p.minimumGrade, today);
            if (why.isPresent()) {
                throw Fault.unprocessable("not-qualified", why.get());
            }
            String note = Text.blank(reason) ? "chosen by the owner" : "chosen by the owner: " + reason.trim();
            Selection chosen;
            if (p.method == SelectionMethod.DIRECT) {
                chosen = new Selection(p.method, p.seed, p.seedCommitment,
                        List.of(new Candidate(a.id(), a.name(), null, a.creditScore(), false)), List.of(), null, null, List.of(),
                        a.id(), null, null, note, now);
            } else {
                if (!p.selection.shortlist().contains(agencyId)) {
                    throw Fault.conflict(a.name() + " is not on the list the owner chooses from " + p.selection.shortlist());
                }
                Selection s = p.selection;
                BigDecimal bid = s.candidates().stream().filter(x -> x.agencyId() == agencyId).findFirst().map(Candidate::bid).orElse(null);
                chosen = new Selection(s.method(), s.seed(), s.seedCommitment(), s.candidates(), s.excluded(), s.factor(),
                        s.referencePrice(), s.shortlist(), agencyId, bid, null, s.note() + "; " + note, s.at());
            }
            p.chosen(chosen);
            ProjectStore.update(c, p, now.toEpochMilli());
            ctx.record(ch, projectSubject(p), "intermediary.project.chosen", actor, ownerRole(supervisor),
                    a.name() + " " + note, Map.of("projectId", p.id, "agencyId", agencyId, "note", note));
            return ctx.view(c, p);
        });
    }

    DrawVerification verify(long projectId) {
        return ctx.tx.read(c -> {
            StoredProject p = ProjectStore.project(c, projectId).orElseThrow(() -> noProject(projectId));
            Selection s = p.selection;
            if (s == null) {
                throw Fault.conflict(p.code + " has no selection yet: its seed is still secret (commitment " + p.seedCommitment
                        + ")");
            }
            Optional<RuleSet> kept = p.rulesVersion == null ? Optional.empty() : HistoryStore.rules(c, p.rulesVersion);
            return DrawRecheck.of(p.id, terms(p), p.seedCommitment, s, p.rulesVersion, kept.map(RuleSet::content).orElse(null));
        });
    }

    Optional<RuleSet> rules(String version) {
        return version == null || !version.matches("[0-9a-f]{64}") ? Optional.empty() : ctx.tx.read(c -> HistoryStore.rules(c, version));
    }

    private static Optional<SelectionRules.Rules> recordedRules(Connection c, StoredProject p) throws SQLException {
        return HistoryStore.rules(c, p.rulesVersion).map(r -> SelectionRules.Rules.parse(r.content()));
    }

    private static SelectionRules.Terms terms(StoredProject p) {
        return new SelectionRules.Terms(p.method, p.budgetMin, p.budgetMax, p.publicFunds);
    }

    private static String name(Selection s, Long agencyId) {
        return s.candidates().stream().filter(x -> agencyId != null && x.agencyId() == agencyId).map(Candidate::name).findFirst()
                .orElse("agency " + agencyId);
    }

    /** The registrants still eligible now, in the store's order; those no longer eligible go to {@code excluded} with why. */
    private static List<Candidate> candidates(Connection c, StoredProject p, LocalDate today, List<String> excluded)
            throws SQLException {
        List<Candidate> candidates = new ArrayList<>();
        for (Registration r : RegistrationStore.registrations(c, p.id)) {
            Agency a = AgencyStore.agency(c, r.agencyId(), today).orElseThrow();
            // Checked again now: a qualification may have expired or a blacklisting begun since registration.
            Optional<String> why = Eligibility.whyNot(a, p.serviceCode, p.areaCode, p.minimumGrade, today);
            if (why.isPresent()) {
                excluded.add(why.get());
            } else {
                candidates.add(new Candidate(a.id(), a.name(), r.bid(), a.creditScore(), r.proposal() != null));
            }
        }
        return candidates;
    }
}
