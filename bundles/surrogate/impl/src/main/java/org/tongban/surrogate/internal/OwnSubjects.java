package org.tongban.surrogate.internal;

import org.tongban.sync.SyncEvent;

/**
 * What an event from below may claim: sync has checked that its origin is the sending child or a node below it; the
 * payload must then speak of that origin's own records (its node id, references {@code <origin>/<n>}), so one point
 * cannot write another's agents, figures or forwarded applications under a reference it does not own.
 */
final class OwnSubjects {

    private OwnSubjects() {
    }

    /** Refuses (as the sender's rejected event) a payload naming another node or another node's reference. */
    static void require(SyncEvent e, String nodeId, String ref) {
        String origin = e.originNode();
        if (nodeId != null && !nodeId.equals(origin)) {
            throw new IllegalArgumentException(e.type() + " names node " + nodeId + " but comes from " + origin
                    + ": a node sends only its own records");
        }
        if (ref != null && !ref.startsWith(origin + "/")) {
            throw new IllegalArgumentException(e.type() + " " + ref + " is not a reference of " + origin
                    + ": a node sends only its own points' cases");
        }
    }
}
