package org.tongban.sync.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.audit.AuditTrail;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.data.SchemaMigrations;
import org.tongban.core.data.Transactions;
import org.tongban.core.outbox.Outbox;
import org.tongban.core.outbox.OutboxEvent;
import org.tongban.sync.DeadLetter;
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

    private final Transactions tx;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final TongbanClock clock;
    private volatile UpstreamLink link;

    @Activate
    public SyncComponent(@Reference Transactions tx, @Reference SchemaMigrations migrations, @Reference Outbox outbox,
                         @Reference AuditTrail audit, @Reference TongbanClock clock) {
        this.tx = tx;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        migrations.migrate("sync", SyncComponent.class.getClassLoader());
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
        for (SyncEvent e : events) {
            List<String> p = EventCheck.problems(e);
            if (p.isEmpty()) {
                valid.add(e);
            } else {
                rejected.put(e == null || e.id() == null ? "?" : e.id(), String.join("; ", p));
            }
        }
        Instant now = clock.now();
        tx.inTransaction(c -> {
            for (SyncEvent e : valid) {
                if (SyncStore.receive(c, e, child, now)) {
                    outbox.relay(c, new OutboxEvent(e.id(), e.originNode(), e.subject(), e.subjectSeq(), e.type(),
                            e.payloadVersion(), e.payload(), e.created(), null));
                    stored.add(e.id());
                } else {
                    duplicates.add(e.id());
                }
            }
            if (!stored.isEmpty() || !rejected.isEmpty()) {
                audit.append(c, new AuditEntry(child, "node", "sync.received", "sync:" + child, stored.size() + " stored, "
                        + duplicates.size() + " already here, " + rejected.size() + " rejected"));
            }
            return null;
        });
        return new Receipt(stored, duplicates, rejected);
    }

    /** Moves events the parent rejected to the dead letters, in one transaction with marking them delivered. */
    void deadLetters(Map<SyncEvent, String> rejected) {
        Instant now = clock.now();
        tx.inTransaction(c -> {
            for (Map.Entry<SyncEvent, String> r : rejected.entrySet()) {
                SyncStore.deadLetter(c, r.getKey(), r.getValue(), now);
                audit.append(c, new AuditEntry("sync", "node", "sync.dead-letter", r.getKey().subject(),
                        r.getKey().type() + " " + r.getKey().id() + ": " + r.getValue()));
            }
            return null;
        });
        outbox.markDelivered(rejected.keySet().stream().map(SyncEvent::id).toList());
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
        boolean removed = tx.inTransaction(c -> {
            boolean r = SyncStore.removeDeadLetter(c, eventId);
            if (r) {
                audit.append(c, new AuditEntry("ops", "ops", "sync.retry", "sync:dead-letters", eventId));
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
        return tx.inTransaction(c -> {
            boolean r = SyncStore.removeDeadLetter(c, eventId);
            if (r) {
                audit.append(c, new AuditEntry("ops", "ops", "sync.discard", "sync:dead-letters", eventId));
            }
            return r;
        });
    }
}
