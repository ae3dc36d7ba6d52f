package org.tongban.sync;

import org.tongban.core.data.Change;

/**
 * A capability's handler of events arriving at this node: from a child on their way up (e.g. an application a village
 * agent forwards to the node that decides it), or from the parent on their way down to this node (e.g. that case's
 * decision). Sync calls it in the transaction that stores the event. A handler that registers late (at a node's
 * start, when its capability is installed after the events came) is offered the last day's received events again,
 * so it must be idempotent: applying an event it has applied changes nothing. A business fault (an application the node refuses) is answered with an event, not an exception: an exception
 * rolls the whole batch back and the sender tries again, which only helps for faults a retry cures.
 */
public interface InboundHandler {

    boolean handles(String type);

    void apply(Change change, SyncEvent event, boolean downward);
}
