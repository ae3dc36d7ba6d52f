package org.tongban.intake;

import java.sql.Connection;

/**
 * Told of every change of a case inside the transaction that makes it, with the event as it goes to the outbox, so
 * what the observer writes commits with the change or not at all: e.g. surrogate sends the news of a forwarded case
 * back down to the village it came from. It must not call back into {@link Intake} (the case's row is locked by this
 * transaction).
 */
public interface CaseObserver {

    void changed(Connection tx, CaseEvent event);
}
