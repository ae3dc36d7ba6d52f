package org.tongban.intake;

import org.tongban.core.data.Change;

/**
 * Told of every change of a case as part of the change that makes it (its {@link Change}), with the typed event that
 * goes to the outbox, so what the observer writes and records on the change commits with it or not at all: e.g. surrogate sends the news of a forwarded case
 * back down to the village it came from. It must not call back into {@link Intake} (the case's row is locked by this
 * transaction).
 */
public interface CaseObserver {

    void changed(Change change, CaseEvent event);
}
