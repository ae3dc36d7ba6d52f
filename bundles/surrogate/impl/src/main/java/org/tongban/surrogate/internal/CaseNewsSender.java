package org.tongban.surrogate.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.NodeInfo;
import org.tongban.core.data.Change;
import org.tongban.intake.CaseEvent;
import org.tongban.intake.CaseFacts;
import org.tongban.intake.CaseObserver;
import org.tongban.sync.Sync;

/**
 * Sends every change of a case that began at a point (below, or this node's own) back to that point, as part of the
 * change itself: the case's number, status, outcome, deficiency notice, promised date. References sync
 * (which never binds observers) and surrogate (which binds neither) but not intake (which binds it), so no service cycle.
 */
@Component(service = CaseObserver.class)
public class CaseNewsSender implements CaseObserver {

    private static final Logger LOG = LoggerFactory.getLogger(CaseNewsSender.class);

    private final WayDown down;

    @Activate
    public CaseNewsSender(@Reference Sync sync, @Reference NodeInfo node, @Reference SurrogateComponent surrogate) {
        this.down = new WayDown(sync, node, surrogate);
    }

    @Override
    public void changed(Change change, CaseEvent event) {
        CaseFacts f = event.facts();
        String ref = f.externalRef();
        if (ref == null || ref.indexOf('/') < 1) {
            return;
        }
        String origin = ref.substring(0, ref.indexOf('/'));
        if (!down.send(change, origin, PointNews.of(ref, event))) {
            LOG.warn("no way down to {} for news of {}", origin, ref);
            return;
        }
        String told = OnBehalfRules.pointStatus(f.status() == null ? null : f.status().name());
        if (told != null) {
            try {
                ForwardedStore.newsSent(change.sql(), ref, told); // what ForwardedIntake's catch-up compares with
            } catch (java.sql.SQLException e) {
                throw new org.tongban.core.data.DataAccessException("noting the news of " + ref + " failed", e);
            }
        }
    }
}
