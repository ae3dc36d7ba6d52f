package org.tongban.sync.internal;

import org.tongban.core.json.JsonConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.NodeInfo;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.data.DataAccessException;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.data.SchemaMigrations;
import org.tongban.core.data.Change;
import org.tongban.core.data.Changes;
import org.tongban.core.data.Transactions;
import org.tongban.core.outbox.Outbox;
import org.tongban.core.outbox.OutboxEvent;
import org.tongban.sync.DeadLetter;
import org.tongban.sync.DownEvent;
import org.tongban.sync.InboundHandler;
import org.tongban.sync.InboxEntry;
import org.tongban.sync.Receipt;
import org.tongban.sync.Sync;
import org.tongban.sync.SyncEvent;
import org.tongban.sync.SyncStatus;

/**
 * The receiving side and ops' view of sync. A child's batch is stored in one transaction: each new event goes to
 * the inbox and, unchanged, into this node's outbox, so it travels on up with this node's own events; an event seen
 * before is acknowledged again without being stored twice.
 */
@Component(service = {Sync.class, SyncComponent.class})
public class SyncComponent implements Sync {

    private static final Logger LOG = LoggerFactory.getLogger(SyncComponent.class);

    private static final ObjectMapper JSON = JsonConfig.stored();

    private final Transactions tx;
    private final Outbox outbox;
    private final Changes changes;
    private final TongbanClock clock;
    private final NodeInfo node;
    private final List<InboundHandler> handlers = new CopyOnWriteArrayList<>();
    private static final long REPLAY_WINDOW_MS = 24L * 60 * 60 * 1000;
    private final java.util.concurrent.ExecutorService replays = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tongban-sync-replay");
        t.setDaemon(true);
        return t;
    });
    private volatile UpstreamLink link;

    @Activate
    public SyncComponent(@Reference Transactions tx, @Reference SchemaMigrations migrations, @Reference Outbox outbox,
                         @Reference Changes changes, @Reference TongbanClock clock, @Reference NodeInfo node) {
        this.tx = tx;
        this.outbox = outbox;
        this.changes = changes;
        this.clock = clock;
        this.node = node;
        migrations.migrate("sync", SyncComponent.class.getClassLoader());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addHandler(InboundHandler h) {
        handlers.add(h);
        // Events may have come in while the handler was not there yet (a node's start, a capability installed later):
        // what the inbox holds of the last day is offered to it again; handlers are idempotent (InboundHandler).
        replays.execute(() -> replay(h));
    }

    private void replay(InboundHandler h) {
        try {
            long since = clock.now().toEpochMilli() - REPLAY_WINDOW_MS;
            for (SyncStore.Received r : tx.read(c -> SyncStore.receivedSince(c, since))) {
                if (h.handles(r.event().type()) && handlers.contains(h)) {
                    changes.apply(ch -> {
                        h.apply(ch, r.event(), "parent".equals(r.from()));
                        return null;
                    });
                }
            }
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(SyncComponent.class).warn("replaying received events to {} failed: {}", h, e.getMessage());
        }
    }

    @Deactivate
    void stopReplays() {
        replays.shutdown();
    }

    void removeHandler(InboundHandler h) {
        handlers.remove(h);
    }

    private void apply(Change ch, SyncEvent e, boolean downward) {
        for (InboundHandler h : handlers) {
            if (h.handles(e.type())) {
                h.apply(ch, e, downward);
            }
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setLink(UpstreamLink l) {
        this.link = l;
    }

    void unsetLink(UpstreamLink l) {
        if (this.link == l) {
            this.link = null;
        }
    }

    @Override
    public Receipt receive(String child, List<SyncEvent> events) {
        List<String> stored = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        Map<String, String> rejected = new LinkedHashMap<>();
        List<SyncEvent> valid = new ArrayList<>();
        java.util.Set<String> invalid = new java.util.HashSet<>();
        for (SyncEvent e : events) {
            List<String> p = EventCheck.problems(e);
            if (p.isEmpty()) {
                valid.add(e);
            } else {
                String id = e == null || e.id() == null ? "?" : e.id();
                rejected.put(id, String.join("; ", p));
                invalid.add(id);
            }
        }
        Instant now = clock.now();
        changes.apply(ch -> {
            Connection c = ch.sql();
            stored.clear(); // a transaction the database threw away runs again: count afresh
            duplicates.clear();
            rejected.keySet().retainAll(invalid);
            // The way down to each origin is noted once per batch, not once per event: a batch comes from one child,
            // so every event of an origin in it names the same way (it was one UPDATE of the same row per event).
            java.util.Set<String> origins = new java.util.LinkedHashSet<>();
            // Which of them the inbox has: one query for the batch rather than one per event; an id twice in the same
            // batch is stored once (the first) like an id seen before.
            java.util.Set<String> here = SyncStore.known(c, valid.stream().map(SyncEvent::id).toList());
            OriginCheck origin = new OriginCheck(c, node.identity().id(), child);
            for (SyncEvent e : valid) {
                if (rejected.containsKey(e.id())) {
                    continue;   // a copy of an event refused above: the receipt says so once
                }
                Optional<String> forged = origin.refusal(e.originNode());
                if (forged.isPresent()) {
                    rejected.put(e.id(), forged.get());
                    LOG.warn("event {} ({}) from {} rejected: {}", e.id(), e.type(), child, forged.get());
                    continue;
                }
                if (!here.add(e.id())) {
                    duplicates.add(e.id());
                    continue;
                }
                // Each event under its own savepoint: one the database or a handler refuses (a value out of range, a
                // number of its subject taken before under another id, a payload its handler cannot read) goes back
                // to the sender as rejected, to its dead letters, and the rest of the batch is taken; a failure of the
                // transaction itself still fails the batch, which the sender sends again.
                try {
                    ch.part(p -> {
                        SyncStore.store(c, e, child, now);
                        p.relay(new OutboxEvent(e.id(), e.originNode(), e.subject(), e.subjectSeq(), e.type(),
                                e.payloadVersion(), e.payload(), e.created(), null));
                        if (!origins.contains(e.originNode())) {
                            DownStore.route(c, e.originNode(), child, now.toEpochMilli());
                        }
                        apply(p, e, false);
                        return null;
                    });
                } catch (SQLException | RuntimeException failed) {
                    String why = EventRefusal.reason(failed).orElseThrow(() -> failed instanceof SQLException sql
                            ? new DataAccessException("storing event " + e.id() + " failed", sql) : (RuntimeException) failed);
                    rejected.put(e.id(), why);
                    LOG.warn("event {} ({}) from {} rejected: {}", e.id(), e.type(), child, why);
                    continue;
                }
                origins.add(e.originNode());
                stored.add(e.id());
            }
            if (!stored.isEmpty() || !rejected.isEmpty()) {
                ch.audit(new AuditEntry(child, "node", "sync.received", "sync:" + child, stored.size() + " stored, "
                        + duplicates.size() + " already here, " + rejected.size() + " rejected"));
            }
            return null;
        });
        return new Receipt(stored, duplicates, rejected);
    }

    /** Moves events the parent rejected to the dead letters, in one transaction with marking them delivered. */
    void deadLetters(Map<SyncEvent, String> rejected) {
        Instant now = clock.now();
        changes.apply(ch -> {
            for (Map.Entry<SyncEvent, String> r : rejected.entrySet()) {
                SyncStore.deadLetter(ch.sql(), r.getKey(), r.getValue(), now);
                ch.audit(new AuditEntry("sync", "node", "sync.dead-letter", r.getKey().subject(),
                        r.getKey().type() + " " + r.getKey().id() + ": " + r.getValue()));
            }
            return null;
        });
        outbox.markDelivered(rejected.keySet().stream().map(SyncEvent::id).toList());
    }

    // ---- the way down ------------------------------------------------------------------------------------------

    @Override
    public boolean sendDown(Change ch, String destination, String subject, String type, Map<String, Object> payload) {
        try {
            Connection c = ch.sql();
            Optional<String> via = DownStore.via(c, destination);
            if (via.isEmpty()) {
                return false;
            }
            SyncEvent e = new SyncEvent(UUID.randomUUID().toString(), node.identity().id(), subject, 0, type, 1,
                    JSON.writeValueAsString(payload), clock.now());
            DownStore.queue(c, via.get(), destination, e);
            return true;
        } catch (SQLException | JsonProcessingException x) {
            throw new DataAccessException("queuing " + type + " for " + destination + " failed", x);
        }
    }

    @Override
    public List<DownEvent> downstream(String child, long after, int limit) {
        return tx.inTransaction(c -> DownStore.pull(c, child, after, Math.max(1, Math.min(limit, 1000))));
    }

    @Override
    public int receiveDown(List<DownEvent> events) {
        if (events.isEmpty()) {
            return 0;
        }
        String self = node.identity().id();
        Instant now = clock.now();
        return changes.apply(ch -> {
            Connection c = ch.sql();
            int applied = 0;
            long last = 0;
            for (DownEvent d : events) {
                last = Math.max(last, d.seq());
                if (!SyncStore.receive(c, d.event(), "parent", now)) {
                    continue;
                }
                if (self.equals(d.destination())) {
                    apply(ch, d.event(), true);
                    applied++;
                } else {
                    Optional<String> via = DownStore.via(c, d.destination());
                    if (via.isPresent()) {
                        DownStore.queue(c, via.get(), d.destination(), d.event());
                    } else {
                        ch.audit(new AuditEntry("sync", "node", "sync.down.unroutable", "sync:down",
                                d.event().type() + " " + d.event().id() + " for " + d.destination() + ": no way down to it from here"));
                    }
                }
            }
            DownStore.cursor(c, last);
            return applied;
        });
    }

    long downCursor() {
        return tx.read(DownStore::cursor);
    }

    long downQueued() {
        return tx.read(DownStore::queued);
    }

    @Override
    public SyncStatus status() {
        long pending = outbox.pendingCount();
        long dead = tx.read(SyncStore::deadLetterCount);
        UpstreamLink l = link;
        if (l == null) {
            return new SyncStatus(null, false, pending, 0, dead, null, "no upstream configured", null, 0, null);
        }
        return l.status(pending, dead);
    }

    @Override
    public List<InboxEntry> inbox(String subject, int limit) {
        return tx.read(c -> SyncStore.inbox(c, subject == null || subject.isBlank() ? null : subject.trim(), limit));
    }

    @Override
    public List<DeadLetter> deadLetters(int limit) {
        return tx.read(c -> SyncStore.deadLetters(c, limit));
    }

    @Override
    public boolean retry(String eventId) {
        boolean removed = changes.apply(ch -> {
            boolean r = SyncStore.removeDeadLetter(ch.sql(), eventId);
            if (r) {
                ch.audit(new AuditEntry("ops", "ops", "sync.retry", "sync:dead-letters", eventId));
            }
            return r;
        });
        if (removed) {
            outbox.markPending(List.of(eventId));
        }
        return removed;
    }

    @Override
    public boolean discard(String eventId) {
        return changes.apply(ch -> {
            boolean r = SyncStore.removeDeadLetter(ch.sql(), eventId);
            if (r) {
                ch.audit(new AuditEntry("ops", "ops", "sync.discard", "sync:dead-letters", eventId));
            }
            return r;
        });
    }
}
