package org.tongban.core.internal.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.NodeInfo;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.audit.AuditRecord;
import org.tongban.core.audit.AuditTrail;
import org.tongban.core.audit.AuditVerification;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.data.Transactions;
import org.tongban.core.internal.data.CoreSchema;
import org.tongban.core.internal.data.GroupEnd;
import org.tongban.core.internal.data.UnitEnd;
import org.tongban.core.schedule.PeriodicTask;
import org.tongban.core.schedule.PeriodicTasks;

/**
 * The audit trail service over {@link AuditStore}. Records are written with their change and chained by a sealer a
 * fraction of a second later (and before any read), so the chain never makes writers wait for each other; a group
 * commit's records are chained at the end of their group, whose transactions take the chain one at a time anyway.
 */
@Component(service = {AuditTrail.class, AuditWriter.class})
public class AuditTrailComponent implements AuditTrail, AuditWriter {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrailComponent.class);
    private static final int BATCH = 500;

    private final Transactions tx;
    private final NodeInfo node;
    private final TongbanClock clock;
    /**
     * A group commit's records are chained at the end of their group instead of going through the pending table and
     * the sealer: one insert per record instead of two and a delete, and the groups, which commit one at a time
     * anyway, take the chain's head after their work, so the next group's work still overlaps this one's log force.
     */
    private final GroupEnd<AuditStore.Stamped> chainAtGroupEnd =
            new GroupEnd<>((c, items) -> AuditStore.chain(c, identity(), items));
    private final PeriodicTask sealer;

    @Activate
    public AuditTrailComponent(@Reference Transactions tx, @Reference NodeInfo node, @Reference TongbanClock clock,
                               @Reference CoreSchema schema, @Reference PeriodicTasks periodic) {
        this.tx = tx;
        this.node = node;
        this.clock = clock;
        sealer = periodic.every("audit sealer", Duration.ofMillis(200), Duration.ofMillis(200), this::sealQuietly);
    }

    /**
     * Lets a running round finish rather than interrupting it inside the database, which Derby takes badly. What is
     * still pending is durable and gets sealed after the next start.
     */
    @Deactivate
    void stop() {
        sealer.close();
    }

    /** Chains every committed pending record; one sealer at a time (the head row's lock orders them anyway). */
    synchronized void seal() {
        while (tx.inTransaction(c -> AuditStore.seal(c, BATCH)) == BATCH) {
            // more waiting
        }
    }

    private void sealQuietly() {
        try {
            seal();
        } catch (RuntimeException e) {
            LOG.warn("audit sealing failed; the next round retries: {}", e.getMessage());
        }
    }

    private String identity() {
        return node.identity().id();
    }

    @Override
    public void write(Connection c, List<AuditEntry> entries, UnitEnd end) throws SQLException {
        Instant now = clock.now();
        if (end != null) {
            for (AuditEntry e : entries) {
                end.leave(chainAtGroupEnd, new AuditStore.Stamped(now, e));
            }
        } else {
            AuditStore.appendAll(c, identity(), now, entries);
        }
    }

    @Override
    public AuditRecord append(AuditEntry entry) {
        return tx.inTransaction(c -> AuditStore.append(c, identity(), clock.now(), entry));
    }

    @Override
    public List<AuditRecord> bySubject(String subject) {
        seal();
        return tx.read(c -> AuditStore.bySubject(c, subject));
    }

    @Override
    public List<AuditRecord> latest(int limit) {
        seal();
        return tx.read(c -> AuditStore.latest(c, limit));
    }

    @Override
    public AuditVerification verify() {
        seal();
        return tx.read(AuditStore::verify);
    }
}
