package org.tongban.intermediary.internal;

import java.sql.Connection;
import static org.tongban.intermediary.internal.MarketContext.ownerRole;
import static org.tongban.intermediary.internal.MarketContext.projectSubject;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.core.fault.Fault;
import org.tongban.core.security.Caller;
import org.tongban.core.text.Text;
import org.tongban.intermediary.Cancellation;
import org.tongban.intermediary.IntermediaryService;
import org.tongban.intermediary.OwnerRecord;
import org.tongban.intermediary.Project;
import org.tongban.intermediary.ProjectRequest;
import org.tongban.intermediary.ProjectStatus;
import org.tongban.intermediary.SelectionMethod;

/**
 * Projects as their owners post, list and cancel them. Posting fixes the draw's seed (only its hash is published) and the
 * rules in force, and links a need posted again after a cancellation to its earlier attempts.
 */
final class Postings {

    private final MarketContext ctx;

    Postings(MarketContext ctx) {
        this.ctx = ctx;
    }

    Project post(Caller caller, ProjectRequest r) {
        ctx.access.requirePoster(caller, r);
        String account = caller.user();
        String role = caller.role();
        Instant now = ctx.clock.now();
        List<String> p = new ArrayList<>(Requests.problems(r, now));
        if (!p.isEmpty()) {
            throw Fault.invalid("the project has " + p.size() + " fault(s)", p);
        }
        MarketSettings set = ctx.settings();
        if (r.method() != SelectionMethod.DIRECT) {
            Publication.require(ctx.calendar, ctx.clock.zone(), now, set.minPublicationWorkingDays(), r.registrationCloses());
        }
        return ctx.changes.apply(ch -> {
            Connection c = ch.sql();
            IntermediaryService s = ServiceStore.service(c, r.serviceCode().trim()).orElseThrow(() -> Fault.invalid(
                    "the project has 1 fault(s)", List.of("serviceCode: no service " + r.serviceCode() + " in the catalogue")));
            StoredProject k = project(r, s, account, now);
            // The rules are fixed with the seed: changing the node's rules afterwards must not change this draw.
            HistoryStore.keep(c, set.rules(), now.toEpochMilli());
            k.rulesVersion = set.rules().version();
            k.relaunchOf = Relaunches.earlier(c, k, now.minus(Duration.ofDays(set.relaunchPeriodDays()))).orElse(null);
            ProjectStore.insert(c, k, now.toEpochMilli());
            ctx.record(ch, projectSubject(k), "intermediary.project.posted", account, role, k.title + " (" + k.method + ")"
                    + (k.relaunchOf == null ? "" : ", the same need as project " + k.relaunchOf + " cancelled after its selection"),
                    posted(k));
            return ctx.view(c, k);
        });
    }

    Project cancel(Caller caller, long projectId, String reason) {
        String actor = caller.user();
        boolean supervisor = ctx.access.supervises(caller);
        if (Text.blank(reason)) {
            throw Fault.invalid("reason is required");
        }
        return ctx.changes.apply(ch -> {
            Connection c = ch.sql();
            StoredProject p = ctx.owned(c, projectId, caller, supervisor);
            p.require("only a project without a contract is cancelled", ProjectStatus.OPEN, ProjectStatus.AWAITING_CHOICE,
                    ProjectStatus.SELECTED);
            // After the selection the draw's result is known: a cancellation then is published as such and counts against the owner.
            boolean afterSelection = p.selection != null;
            Instant now = ctx.clock.now();
            p.cancelled(new Cancellation(now, reason.trim(), afterSelection));
            ProjectStore.update(c, p, now.toEpochMilli());
            ctx.record(ch, projectSubject(p), "intermediary.project.cancelled", actor, ownerRole(supervisor),
                    (afterSelection ? "after its selection: " : "") + reason.trim(),
                    Map.of("projectId", p.id, "reason", reason.trim(), "afterSelection", afterSelection));
            return ctx.view(c, p);
        });
    }

    List<Project> projects(ProjectStatus status, int limit) {
        return ctx.tx.read(c -> {
            List<Project> out = new ArrayList<>();
            for (StoredProject p : ProjectStore.projects(c, status, Math.max(1, Math.min(limit, 1000)))) {
                out.add(ctx.view(c, p));
            }
            return out;
        });
    }

    Optional<Project> project(long id) {
        return ctx.tx.read(c -> {
            Optional<StoredProject> p = ProjectStore.project(c, id);
            return p.isEmpty() ? Optional.<Project>empty() : Optional.of(ctx.view(c, p.get()));
        });
    }

    List<Project> projectsOf(Caller caller) {
        return ctx.tx.read(c -> {
            List<Project> out = new ArrayList<>();
            for (StoredProject p : ProjectStore.projects(c, null, 1000)) {
                if (MarketAccess.owns(caller, p)) {
                    out.add(ctx.view(c, p));
                }
            }
            return out;
        });
    }

    List<OwnerRecord> owners(Caller caller) {
        ctx.access.requireSupervision(caller);
        return ctx.tx.read(HistoryStore::owners);
    }

    /** A new project on the request's terms; its seed is drawn now and only its hash will be published. */
    private static StoredProject project(ProjectRequest r, IntermediaryService s, String account, Instant now) {
        StoredProject k = new StoredProject();
        k.serviceCode = s.code();
        k.serviceName = s.name();
        k.title = r.title().trim();
        k.scope = r.scope().trim();
        k.ownerName = r.ownerName().trim();
        k.ownerCreditCode = r.ownerCreditCode().trim().toUpperCase();
        k.ownerAccount = account;
        k.budgetMin = r.budgetMin();
        k.budgetMax = r.budgetMax();
        k.fixedPrice = r.fixedPrice();
        k.timeLimitDays = r.timeLimitDays();
        k.minimumGrade = r.minimumGrade();
        k.method = r.method();
        k.publishedAt = now;
        k.closes = r.method() == SelectionMethod.DIRECT ? now : r.registrationCloses();
        k.publicFunds = r.publicFunds();
        k.areaCode = r.areaCode();
        k.status = r.method() == SelectionMethod.DIRECT ? ProjectStatus.AWAITING_CHOICE : ProjectStatus.OPEN;
        // The seed of every draw of this project is fixed now and only its hash published: nobody can choose it later.
        k.seed = Draws.newSeed();
        k.seedCommitment = Draws.commitment(k.seed);
        return k;
    }

    /** The posted event: the terms agencies register on, and the seed's commitment, never the seed. */
    private static Map<String, Object> posted(StoredProject k) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("projectId", k.id);
        e.put("code", k.code);
        e.put("serviceCode", k.serviceCode);
        e.put("title", k.title);
        e.put("method", k.method.name());
        e.put("registrationCloses", k.closes.toString());
        e.put("publicFunds", k.publicFunds);
        e.put("seedCommitment", k.seedCommitment);
        e.put("rulesVersion", k.rulesVersion);
        if (k.relaunchOf != null) {
            e.put("relaunchOf", k.relaunchOf);
        }
        return e;
    }
}
