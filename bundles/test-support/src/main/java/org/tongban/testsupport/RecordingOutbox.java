package org.tongban.testsupport;

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

    /** Keeps a change's events of one subject, in order (what {@link LocalChanges} writes at a change's end). */
    public void appendAll(String subject, List<NewEvent> events) {
        events.forEach(e -> appended.add(new Appended(subject, e)));
        this.events.addAll(events);
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
    public void markPending(Collection<String> ids) {
        throw new UnsupportedOperationException("a recording outbox delivers nothing");
    }

}
