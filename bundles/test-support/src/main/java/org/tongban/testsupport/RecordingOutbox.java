package org.tongban.testsupport;

import java.sql.Connection;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tongban.core.outbox.NewEvent;
import org.tongban.core.outbox.Outbox;
import org.tongban.core.outbox.OutboxEvent;

/** An outbox that keeps the events appended to it for a test to read; it delivers nothing. */
public final class RecordingOutbox implements Outbox {

    /** A subject with one of its events. */
    public record Appended(String subject, NewEvent event) {
    }

    public final List<Appended> appended = new CopyOnWriteArrayList<>();
    /** The same events without their subjects, in order. */
    public final List<NewEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public OutboxEvent append(Connection tx, String subject, String type, int payloadVersion, Object payload) {
        NewEvent e = new NewEvent(type, payloadVersion, payload);
        appended.add(new Appended(subject, e));
        events.add(e);
        return null;
    }

    @Override
    public List<OutboxEvent> appendAll(Connection tx, String subject, List<NewEvent> events) {
        events.forEach(e -> appended.add(new Appended(subject, e)));
        this.events.addAll(events);
        return List.of();
    }

    @Override
    public List<OutboxEvent> appendNew(Connection tx, String subject, List<NewEvent> events) {
        return appendAll(tx, subject, events);
    }

    @Override
    public List<OutboxEvent> pending(int limit) {
        return List.of();
    }

    @Override
    public void markDelivered(Collection<String> ids) {
        throw new UnsupportedOperationException("a recording outbox delivers nothing");
    }

    @Override
    public long pendingCount() {
        return 0;
    }

    @Override
    public boolean relay(Connection tx, OutboxEvent event) {
        throw new UnsupportedOperationException("a recording outbox relays nothing");
    }

    @Override
    public void markPending(Collection<String> ids) {
        throw new UnsupportedOperationException("a recording outbox delivers nothing");
    }

}
