package org.tongban.core.outbox;

import java.sql.Connection;
import java.util.Collection;
import java.util.List;

/** The transactional outbox: events are written with the change that caused them and delivered later by sync. */
public interface Outbox {

    /**
     * Appends an event within the caller's transaction; the payload is serialised to JSON.
     *
     * @param subject what the event is about, e.g. {@code case:3707...}; orders events per subject
     * @param type    event type, e.g. {@code case.accepted}
     */
    OutboxEvent append(Connection tx, String subject, String type, int payloadVersion, Object payload);

    /**
     * Appends events of one subject in order within the caller's transaction, numbered after the subject's last with
     * one step of its counter and written as one batch: what one change of a case emits.
     */
    List<OutboxEvent> appendAll(Connection tx, String subject, List<NewEvent> events);

    /**
     * {@link #appendAll} for a subject the caller created in this transaction (a new case): numbered from 1 without
     * looking the subject up. Fails if the subject has events already, so a reused subject is an error, never a gap
     * in its numbering.
     */
    List<OutboxEvent> appendNew(Connection tx, String subject, List<NewEvent> events);

    /** Undelivered events, oldest first. */
    List<OutboxEvent> pending(int limit);

    /** Marks events delivered once the receiver has durably stored them. */
    void markDelivered(Collection<String> ids);

    /** Number of undelivered events. */
    long pendingCount();

    /**
     * Stores an event of another node, as it came, for delivery further up (store and forward), in the caller's
     * transaction. Idempotent: an event already here (by id) is left alone and {@code false} returned.
     */
    boolean relay(Connection tx, OutboxEvent event);

    /** Puts delivered events back in the queue, e.g. a dead letter ops retry once the cause is fixed. */
    void markPending(Collection<String> ids);
}
