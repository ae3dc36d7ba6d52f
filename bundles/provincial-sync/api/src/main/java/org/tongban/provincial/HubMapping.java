package org.tongban.provincial;

import java.util.List;
import org.tongban.core.outbox.OutboxEvent;

/**
 * Maps this node's outbox events to a hub's records. One component per hub format, chosen by {@link #format()} in
 * {@code etc/org.tongban.provincial.cfg}: another province's format is one more implementation, nothing else changes.
 */
public interface HubMapping {

    /** The format's name, e.g. {@code gbt39046-json/1}. */
    String format();

    /** The hub's records for one event; empty for events the hub does not take (they are passed over, not lost). */
    List<HubRecord> map(OutboxEvent event);
}
