package org.tongban.surrogate.internal;

import java.sql.SQLException;
import java.util.Map;
import org.tongban.core.NodeInfo;
import org.tongban.core.data.Change;
import org.tongban.core.data.DataAccessException;
import org.tongban.sync.Sync;

/**
 * How the deciding node's news reaches the point a case began at, as part of the caller's change: through sync to a
 * point below; for a case of this node's own points, taken in by its own intake, applied here directly (there is
 * nothing to travel). A transfer the centre recorded for such a case is already in the case's ledger: the point and
 * the centre keep one ledger here.
 */
final class WayDown {

    private final Sync sync;
    private final NodeInfo node;
    private final SurrogateComponent surrogate;

    WayDown(Sync sync, NodeInfo node, SurrogateComponent surrogate) {
        this.sync = sync;
        this.node = node;
        this.surrogate = surrogate;
    }

    /** Whether {@code origin} is this node: the case is one of its own points', decided by its own intake. */
    boolean here(String origin) {
        return node.identity().id().equals(origin);
    }

    /** Sends a surrogate event of type {@code type} about on-behalf case {@code ref} down to its point (nothing to send here). */
    boolean send(Change ch, String origin, String ref, String type, Map<String, Object> payload) {
        return here(origin) || sync.sendDown(ch, origin, "surrogate:" + ref, type, payload);
    }

    /** Sends news about on-behalf case {@code news.ref()} to its point; false when no way there is known. */
    boolean send(Change ch, String origin, PointNews news) {
        if (!here(origin)) {
            return sync.sendDown(ch, origin, "surrogate:" + news.ref(), CaseNews.NEWS, news.payload());
        }
        try {
            OnBehalfNews.apply(ch, surrogate, news, "intake");
        } catch (SQLException e) {
            throw new DataAccessException("applying the news of " + news.ref() + " here failed", e);
        }
        return true;
    }
}
