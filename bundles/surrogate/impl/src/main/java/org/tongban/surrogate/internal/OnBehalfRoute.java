package org.tongban.surrogate.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tongban.core.NodeLevel;

/**
 * Where an on-behalf case opened at a point of this node is decided: here, by this node's own intake, when the item is
 * handled at the node's level and the node takes cases in; otherwise at the lowest level above that handles it, to
 * which the case is forwarded. An item handled only below the node, or at no level at or above it, cannot be helped
 * with here: {@code problem} names why (a 422 of that kind). Pure.
 *
 * @param decidingLevel the level that decides the case (the node's own for a local case); null when refused
 * @param local         taken in by this node's intake, not forwarded
 * @param problem       the problem kind when refused: {@code handled-below} or {@code not-handled-above}; null otherwise
 * @param reason        why it is refused, for the agent; null otherwise
 */
public record OnBehalfRoute(NodeLevel decidingLevel, boolean local, String problem, String reason) {

    /** Levels from the bottom up. */
    static final List<NodeLevel> UPWARD = List.of(NodeLevel.VILLAGE, NodeLevel.TOWNSHIP, NodeLevel.COUNTY, NodeLevel.CITY);

    public boolean refused() {
        return problem != null;
    }

    /**
     * The route of an item handled at {@code handledAt}, for a point of a node at {@code here}; {@code takesCasesIn}
     * when the node runs intake (a village point does not: it forwards even what villages may handle).
     */
    public static OnBehalfRoute of(NodeLevel here, Set<NodeLevel> handledAt, boolean takesCasesIn, String itemName) {
        if (handledAt.contains(here) && takesCasesIn) {
            return new OnBehalfRoute(here, true, null, null);
        }
        for (NodeLevel l : UPWARD.subList(UPWARD.indexOf(here) + 1, UPWARD.size())) {
            if (handledAt.contains(l)) {
                return new OnBehalfRoute(l, false, null, null);
            }
        }
        String levels = UPWARD.stream().filter(handledAt::contains).map(Enum::name).collect(Collectors.joining(", ", "[", "]"));
        if (UPWARD.subList(0, UPWARD.indexOf(here)).stream().anyMatch(handledAt::contains)) {
            return new OnBehalfRoute(null, false, "handled-below", itemName + " is handled at " + levels + ", below this " + here
                    + " node: an agent of a point at that level takes it in there");
        }
        String where = handledAt.contains(here) ? ", and this " + here + " point runs no intake to take it in here"
                : ", at no level " + (takesCasesIn ? "at or above" : "above") + " this " + here + " point";
        return new OnBehalfRoute(null, false, "not-handled-above", itemName + " is handled at " + levels + where);
    }
}
