package org.tongban.core.internal.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.tongban.core.outbox.NewEvent;
import org.tongban.core.outbox.OutboxEvent;

/** Writes a change's events in its transaction: core's side of {@code Change.emit} and {@code Change.relay}. */
public interface OutboxWriter {
    /** A subject's events in order, as one batch; {@code created}: numbered from 1, failing if the subject has events. */
    void append(Connection c, String subject, List<NewEvent> events, boolean created) throws SQLException;

    /** Another node's event as it came; false when it is here already. */
    boolean relay(Connection c, OutboxEvent event) throws SQLException;
}
