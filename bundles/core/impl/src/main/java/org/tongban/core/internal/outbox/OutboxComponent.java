package org.tongban.core.internal.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.NodeInfo;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.data.Transactions;
import org.tongban.core.internal.data.CoreSchema;
import org.tongban.core.internal.json.Json;
import org.tongban.core.outbox.NewEvent;
import org.tongban.core.outbox.Outbox;
import org.tongban.core.outbox.OutboxEvent;

/** The outbox service over {@link OutboxStore}; payloads are serialised with the shared JSON mapper. */
@Component(service = {Outbox.class, OutboxWriter.class})
public class OutboxComponent implements Outbox, OutboxWriter {

    private final Transactions tx;
    private final NodeInfo node;
    private final TongbanClock clock;

    @Activate
    public OutboxComponent(@Reference Transactions tx, @Reference NodeInfo node, @Reference TongbanClock clock,
                           @Reference CoreSchema schema) {
        this.tx = tx;
        this.node = node;
        this.clock = clock;
    }

    @Override
    public void append(Connection c, String subject, List<NewEvent> events, boolean created) throws SQLException {
        List<NewEvent> json = new ArrayList<>(events.size());
        for (NewEvent e : events) {
            try {
                json.add(e.payload() instanceof String ? e
                        : new NewEvent(e.type(), e.payloadVersion(), Json.mapper().writeValueAsString(e.payload())));
            } catch (JsonProcessingException x) {
                throw new IllegalArgumentException("event payload is not serialisable: " + x.getOriginalMessage(), x);
            }
        }
        OutboxStore.appendAll(c, node.identity().id(), clock.now(), subject, json, created);
    }

    @Override
    public List<OutboxEvent> pending(int limit) {
        return tx.read(c -> OutboxStore.pending(c, limit));
    }

    @Override
    public void markDelivered(Collection<String> ids) {
        tx.inTransaction(c -> OutboxStore.markDelivered(c, ids, clock.now()));
    }

    @Override
    public long pendingCount() {
        return tx.read(OutboxStore::pendingCount);
    }

    @Override
    public boolean relay(Connection c, OutboxEvent event) throws SQLException {
        return OutboxStore.relay(c, event);
    }

    @Override
    public void markPending(Collection<String> ids) {
        tx.inTransaction(c -> OutboxStore.markPending(c, ids));
    }
}
