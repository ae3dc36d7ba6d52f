package org.tongban.supervision.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.supervision.Notification;
import org.tongban.supervision.Notifier;

/** The notification channels bound now; notifications go out after the commit that issued their cards. */
final class Notices {

    // The component's logger, so the log's categories stay as they were before the split.
    private static final Logger LOG = LoggerFactory.getLogger(SupervisionComponent.class);

    private final List<Notifier> notifiers = new CopyOnWriteArrayList<>();

    void add(Notifier n) {
        notifiers.add(n);
    }

    void remove(Notifier n) {
        notifiers.remove(n);
    }

    /** Every notification through every channel; a failing channel is logged and does not stop the others. */
    void send(List<Notification> notes) {
        for (Notification n : notes) {
            for (Notifier notifier : notifiers) {
                try {
                    notifier.send(n);
                } catch (RuntimeException e) {
                    LOG.warn("notification channel {} failed for case {}", notifier.channel(), n.caseNumber(), e);
                }
            }
        }
    }
}
