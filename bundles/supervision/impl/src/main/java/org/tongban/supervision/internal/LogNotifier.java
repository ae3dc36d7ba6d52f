package org.tongban.supervision.internal;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.supervision.Notification;
import org.tongban.supervision.Notifier;

/** The channel every node has: notifications go to the log (data/log/tongban.log on a node) for ops to forward. */
@Component(service = Notifier.class)
public class LogNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger("org.tongban.notifications");

    @Override
    public String channel() {
        return "log";
    }

    @Override
    public void send(Notification n) {
        LOG.warn("[{} {}] case {}: {} - {}", n.departmentCode(), n.departmentName(), n.caseNumber(), n.subject(), n.message());
    }
}
