package org.tongban.sync;

import java.util.List;
import java.util.Map;
import org.tongban.core.data.Change;

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

    /**
     * Queues an event for a node below this one, in the caller's transaction: it goes down the way that node's events
     * came up (each node remembers which child an origin's events arrived through) and waits there until the child
     * pulls it. False when no event of that node has come up yet, so there is no way down to it.
     */
    boolean sendDown(Change change, String destinationNode, String subject, String type, Map<String, Object> payload);

    /** What a child pulls: events queued for it after its cursor, the oldest first; those up to the cursor are done. */
    List<DownEvent> downstream(String child, long after, int limit);

    /**
     * Stores what this node pulled from its parent in one transaction with its new cursor: each event once; those for
     * this node are applied, the others queued for the child they go down through.
     */
    int receiveDown(List<DownEvent> events);
}
