package org.tongban.core.internal.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.NodeInfo;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.data.DataAccessException;
import org.tongban.core.data.Transactions;
import org.tongban.core.internal.data.CoreSchema;
import org.tongban.core.internal.json.Json;
import org.tongban.core.outbox.Outbox;
import org.tongban.core.outbox.OutboxEvent;

/** The outbox service over {@link OutboxStore}; payloads are serialised with the shared JSON mapper. */
@Component(service = Outbox.class)
public class OutboxComponent implements Outbox {

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
    public OutboxEvent append(Connection c, String subject, String type, int payloadVersion, Object payload) {
        try {
            String json = payload instanceof String s ? s : Json.mapper().writeValueAsString(payload);
            return OutboxStore.append(c, node.identity().id(), clock.now(), subject, type, payloadVersion, json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload is not serialisable: " + e.getOriginalMessage(), e);
        } catch (SQLException e) {
            throw new DataAccessException("outbox append failed: " + e.getMessage(), e);
        }
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
    public boolean relay(Connection c, OutboxEvent event) {
        try {
            return OutboxStore.relay(c, event);
        } catch (SQLException e) {
            throw new DataAccessException("outbox relay failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void markPending(Collection<String> ids) {
        tx.inTransaction(c -> OutboxStore.markPending(c, ids));
    }
}
