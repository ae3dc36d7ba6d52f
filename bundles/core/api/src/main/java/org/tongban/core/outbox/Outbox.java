package org.tongban.core.outbox;

import java.util.Collection;
import java.util.List;

/**
 * The transactional outbox: events are written with the change that caused them (on its
 * {@link org.tongban.core.data.Change}) and delivered later by sync.
 */
public interface Outbox {

    /** Undelivered events, oldest first. */
    List<OutboxEvent> pending(int limit);

    /** Marks events delivered once the receiver has durably stored them. */
    void markDelivered(Collection<String> ids);

    /** Number of undelivered events. */
    long pendingCount();

    /** Puts delivered events back in the queue, e.g. a dead letter ops retry once the cause is fixed. */
    void markPending(Collection<String> ids);
}
