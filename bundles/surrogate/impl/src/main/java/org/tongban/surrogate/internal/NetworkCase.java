package org.tongban.surrogate.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tongban.core.NodeLevel;

/**
 * One on-behalf case as the network's figures see it: where it was taken in (node, agent, point, level, division), how
 * far it got, what was collected and given; {@code revision} orders the summaries of one case.
 */
record NetworkCase(String ref, String nodeId, String agentAccount, String agentName, String pointCode, String pointName,
                   NodeLevel level, String divisionCode, String status, boolean greenChannel, BigDecimal fees, int freeCopies,
                   int mailings, long openedMs, Long closedMs, int revision) {

    Map<String, Object> payload() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("ref", ref);
        p.put("nodeId", nodeId);
        p.put("agentAccount", agentAccount);
        p.put("agentName", agentName);
        p.put("pointCode", pointCode);
        p.put("pointName", pointName);
        p.put("level", level.name());
        p.put("divisionCode", divisionCode);
        p.put("status", status);
        p.put("greenChannel", greenChannel);
        p.put("fees", fees.toPlainString());
        p.put("freeCopies", freeCopies);
        p.put("mailings", mailings);
        p.put("openedMs", openedMs);
        p.put("closedMs", closedMs);
        p.put("revision", revision);
        return p;
    }

    static NetworkCase of(Map<String, Object> p) {
        Object closed = p.get("closedMs");
        return new NetworkCase((String) p.get("ref"), (String) p.get("nodeId"), (String) p.get("agentAccount"),
                (String) p.get("agentName"), (String) p.get("pointCode"), (String) p.get("pointName"),
                NodeLevel.valueOf((String) p.get("level")), (String) p.get("divisionCode"), (String) p.get("status"),
                Boolean.TRUE.equals(p.get("greenChannel")), new BigDecimal(p.get("fees").toString()),
                ((Number) p.get("freeCopies")).intValue(), ((Number) p.get("mailings")).intValue(),
                ((Number) p.get("openedMs")).longValue(), closed == null ? null : ((Number) closed).longValue(),
                ((Number) p.get("revision")).intValue());
    }
}
