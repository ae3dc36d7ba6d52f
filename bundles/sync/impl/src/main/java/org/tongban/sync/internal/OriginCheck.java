package org.tongban.sync.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A child may send only events of its own subtree: never ones claiming to come from this node itself (its own case
 * numbers and records), nor from a node this node already reaches through another child (a sibling's news, its
 * records at the province). The way to each origin is learnt from the first child it came through and kept; a node
 * that really moves to another parent is re-homed by ops (sync_route), not by what a child claims.
 */
final class OriginCheck {

    private final Connection c;
    private final String self;
    private final String child;
    private final Map<String, Optional<String>> seen = new HashMap<>();

    OriginCheck(Connection c, String self, String child) {
        this.c = c;
        this.self = self;
        this.child = child;
    }

    /** Why the child may not send an event of this origin; empty when it may. */
    Optional<String> refusal(String origin) throws SQLException {
        if (origin.equals(self)) {
            return Optional.of("originNode " + origin + " is this node itself: a child sends only events of its own subtree");
        }
        Optional<String> via = seen.get(origin);
        if (via == null) {
            via = DownStore.via(c, origin);
            seen.put(origin, via);
        }
        if (via.isPresent() && !via.get().equals(child)) {
            return Optional.of("originNode " + origin + " reaches this node through another child, not through " + child);
        }
        return Optional.empty();
    }
}
