package org.tongban.sync;

import java.util.List;

/**
 * Store and forward. Upward, this node's outbox (its own events and those relayed from its children) goes to its
 * parent in order, in batches, with back-off while the parent is unreachable; an event counts as delivered only once
 * the parent has stored it. Inward, events from children are stored once (by id) and relayed further up.
 */
public interface Sync {

    SyncStatus status();

    /** Stores a child's batch in one transaction: each event once, in the order given; invalid ones are rejected. */
    Receipt receive(String child, List<SyncEvent> events);

    /** Received events, the latest first; of one subject when given. */
    List<InboxEntry> inbox(String subject, int limit);

    List<DeadLetter> deadLetters(int limit);

    /** Queues a dead letter for delivery again; false when there is no such dead letter. */
    boolean retry(String eventId);

    /** Drops a dead letter for good (it stays in the outbox as delivered and in the audit trail). */
    boolean discard(String eventId);
}
