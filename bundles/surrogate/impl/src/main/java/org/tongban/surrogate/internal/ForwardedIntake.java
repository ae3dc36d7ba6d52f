package org.tongban.surrogate.internal;

import org.tongban.core.fault.Unavailable;
import org.tongban.core.fault.Fault;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.time.Duration;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.NodeInfo;
import org.tongban.core.data.Changes;
import org.tongban.core.data.Transactions;
import org.tongban.core.rest.Role;
import org.tongban.core.schedule.PeriodicTask;
import org.tongban.core.schedule.PeriodicTasks;
import org.tongban.core.security.Caller;
import org.tongban.intake.Application;
import org.tongban.intake.CaseView;
import org.tongban.intake.Intake;
import org.tongban.intake.SubmittedMaterial;
import org.tongban.surrogate.Agent;
import org.tongban.sync.Sync;

/**
 * At a deciding node (one with intake), hands the forwarded applications {@link ForwardedInbound} kept, and those of
 * this node's own points decided at its own level ({@link SurrogateComponent#submit}), to intake, the oldest first.
 * Intake makes one case of each however often it is handed over (the case carries the point's reference), so a crash
 * between intake's commit and this component's bookkeeping costs nothing. An application intake refuses outright goes
 * back to the point as a refusal with the reason (for an own point's case: applied here, see {@link WayDown}).
 * Publishes no service, so nothing binds it and its references to intake and sync cannot form a cycle.
 */
@Component(immediate = true)
public class ForwardedIntake {

    private static final Logger LOG = LoggerFactory.getLogger(ForwardedIntake.class);
    private static final Duration NEWS_CHECK = Duration.ofSeconds(20);

    private final Transactions tx;
    private final Changes changes;
    private final Intake intake;
    private final WayDown down;
    /**
     * Taking in and catching up ran one after the other on one thread; core's scheduler may run them at once on two,
     * so they take turns here as before (a catch-up does not race a round that is still settling a case).
     */
    private final Object rounds = new Object();
    private final PeriodicTask takingIn;
    private final PeriodicTask catchingUp;

    @Activate
    public ForwardedIntake(@Reference Transactions tx, @Reference Changes changes, @Reference Intake intake, @Reference Sync sync,
                           @Reference NodeInfo node, @Reference SurrogateComponent surrogate, @Reference PeriodicTasks periodic) {
        this.tx = tx;
        this.changes = changes;
        this.intake = intake;
        this.down = new WayDown(sync, node, surrogate);
        takingIn = periodic.every("surrogate forwarded take-in", Duration.ofSeconds(1), Duration.ofSeconds(1), this::takeIn);
        catchingUp = periodic.every("surrogate news catch-up", Duration.ofSeconds(5), NEWS_CHECK, this::catchUpNews);
    }

    /**
     * News normally goes down as part of each change of the case ({@link CaseNewsSender}); a change made while that
     * observer was not bound (the node stopping or starting) would leave the point behind. Every so often the
     * forwarded cases whose point is not yet told of a final status are compared with their case here, and the point
     * is told where it is behind. News only moves a point's case forward, so telling twice is harmless.
     */
    void catchUpNews() {
        synchronized (rounds) {
            catchUpNewsRound();
        }
    }

    private void catchUpNewsRound() {
        try {
            for (ForwardedStore.NewsOpen f : tx.read(c -> ForwardedStore.newsOpen(c, 200))) {
                String ref = f.ref();
                CaseView k = intake.find(Caller.system("surrogate"), f.caseNumber()).orElse(null);
                String now = k == null ? null : OnBehalfRules.pointStatus(k.status().name());
                if (!OnBehalfRules.behind(f.newsStatus(), now)) {
                    continue;
                }
                PointNews news = PointNews.caughtUp(ref, switch (now) {
                    case "DEFICIENT" -> "case.deficient";
                    case "ACCEPTED" -> "case.accepted";
                    case "REFUSED" -> "case.refused";
                    default -> "case.decided";
                }, k);
                changes.apply(ch -> {
                    if (down.send(ch, f.origin(), news)) {
                        ForwardedStore.newsSent(ch.sql(), ref, now);
                    }
                    return null;
                });
                LOG.info("news of {} caught up: the point is told the case is {}", ref, k.status());
            }
        } catch (RuntimeException e) {
            LOG.warn("catching up news: {}; trying again later", e.getMessage());
        }
    }

    /** A round under way ends first: no interrupt inside Derby. */
    @Deactivate
    void stop() {
        takingIn.close();
        catchingUp.close();
    }

    void takeIn() {
        synchronized (rounds) {
            takeInRound();
        }
    }

    private void takeInRound() {
        try {
            // One that fails is tried again next time; it does not hold up the others.
            for (ForwardedStore.Pending f : tx.read(c -> ForwardedStore.pending(c, 50))) {
                try {
                    takeIn(f.ref(), f.origin(), f.application(), f.agent());
                } catch (RuntimeException e) {
                    LOG.warn("forwarded application {}: {}; trying again shortly", f.ref(), e.getMessage());
                }
            }
            // Supplements wait for their application to have become a case.
            for (SupplementStore.Pending s : tx.read(c -> SupplementStore.pending(c, 50))) {
                try {
                    supplement(s.eventId(), s.ref(), s.origin(), s.materials(), s.agent(), s.caseNumber());
                } catch (RuntimeException e) {
                    LOG.warn("supplement of {}: {}; trying again shortly", s.ref(), e.getMessage());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("forwarded applications: {}; trying again shortly", e.getMessage());
        }
    }

    /** What a point forwarded; what cannot be read is refused like what intake will not take. */
    private static <T> T readable(String json, TypeReference<T> type) {
        try {
            return StoredJson.read(json, type);
        } catch (IllegalStateException unreadable) {
            // Told to the point's agent: where it is wrong, not the reader's Java text.
            String where = unreadable.getCause() instanceof JsonMappingException m ? m.getPath().stream()
                    .map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]" : r.getFieldName())
                    .collect(java.util.stream.Collectors.joining(".")) : "";
            throw Fault.invalid("what the point sent cannot be read" + (where.isEmpty() ? "" : " (at " + where + ")"));
        }
    }

    private void supplement(String eventId, String ref, String origin, String materials, String agent, String caseNumber) {
        try {
            CaseView k = intake.supplement(agentOf(agent, origin), caseNumber,
                    readable(materials, new TypeReference<List<SubmittedMaterial>>() { }));
            changes.apply(ch -> {
                SupplementStore.settle(ch.sql(), eventId, "DONE", null);
                return null;
            });
            LOG.info("supplement of {} taken: case {} is {}", ref, caseNumber, k.status());
        } catch (Fault refused) {
            if (refused instanceof Unavailable) {
                return;
            }
            // Intake would not take it (the case is no longer deficient…): the point hears why, the supplement is kept.
            String reason = refused.getMessage();
            changes.apply(ch -> {
                SupplementStore.settle(ch.sql(), eventId, "REFUSED", reason);
                down.send(ch, origin, PointNews.refused(ref, "surrogate.supplement-refused", caseNumber, reason));
                return null;
            });
        }
    }

    /**
     * The agent who applies, as intake is told: for a point below, its agent ({@code account@node}) with that node as the
     * point (the case belongs to it); for a point of this node, the agent's own account at the point the register names,
     * so intake shows the agent the case as it shows an agent every case they hand in here.
     */
    private Caller agentOf(String agent, String origin) {
        if (!down.here(origin)) {
            return new Caller(agent, java.util.EnumSet.of(Role.AGENT), null, java.util.Set.of(), null, origin, null, null);
        }
        String account = agent.contains("@") ? agent.substring(0, agent.lastIndexOf('@')) : agent;
        String point = tx.read(c -> AgentStore.find(c, origin, account)).map(Agent::pointCode).orElse(null);
        return new Caller(account, java.util.EnumSet.of(Role.AGENT), null, java.util.Set.of(), null, point, null, null);
    }

    private void takeIn(String ref, String origin, String json, String agent) {
        try {
            CaseView k = intake.submit(agentOf(agent, origin), readable(json, new TypeReference<Application>() { }));
            changes.apply(ch -> {
                ForwardedStore.settle(ch.sql(), ref, "DONE", k.caseNumber(), null);
                return null;
            });
            LOG.info("forwarded application {} is case {} ({})", ref, k.caseNumber(), k.status());
        } catch (Fault refused) {
            if (refused instanceof Unavailable) {
                LOG.info("forwarded application {} waits: {}", ref, refused.getMessage());
                return;
            }
            // Not a case intake can take (invalid applicant, unknown item…): the point hears why.
            String reason = refused.getMessage();
            changes.apply(ch -> {
                ForwardedStore.settle(ch.sql(), ref, "REFUSED", null, reason);
                if (!down.send(ch, origin, PointNews.refused(ref, "surrogate.refused", null, reason))) {
                    LOG.warn("no way down to {} for the refusal of {}", origin, ref);
                }
                return null;
            });
        }
    }
}
