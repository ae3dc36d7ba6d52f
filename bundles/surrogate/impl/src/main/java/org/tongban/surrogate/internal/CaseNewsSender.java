package org.tongban.surrogate.internal;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.NodeInfo;
import org.tongban.intake.CaseObserver;
import org.tongban.sync.Sync;

/**
 * Sends every change of a case that began at a point (below, or this node's own) back to that point, in the
 * transaction of the change: the case's number, status, outcome, deficiency notice, promised date. References sync
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
    public void changed(Connection c, String action, Map<String, Object> event) {
        Object external = event.get("externalRef");
        if (!(external instanceof String ref) || ref.indexOf('/') < 1) {
            return;
        }
        String origin = ref.substring(0, ref.indexOf('/'));
        Map<String, Object> news = new LinkedHashMap<>();
        news.put("ref", ref);
        news.put("action", action);
        for (String k : List.of("caseNumber", "status", "outcome", "missing", "promisedDate", "datesProvisional", "refusalReason", "detail")) {
            Object v = event.get(k);
            news.put(k, v == null || v instanceof List<?> ? v : v.toString());
        }
        if (!down.send(c, origin, ref, CaseNews.NEWS, news)) {
            LOG.warn("no way down to {} for news of {}", origin, ref);
            return;
        }
        String told = OnBehalfRules.pointStatus(news.get("status") == null ? null : news.get("status").toString());
        if (told != null) {
            try {
                OnBehalfStore.newsSent(c, ref, told); // what ForwardedIntake's catch-up compares with
            } catch (java.sql.SQLException e) {
                throw new org.tongban.core.data.DataAccessException("noting the news of " + ref + " failed", e);
            }
        }
    }
}
