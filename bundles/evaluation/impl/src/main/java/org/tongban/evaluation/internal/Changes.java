package org.tongban.evaluation.internal;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.audit.AuditTrail;
import org.tongban.core.outbox.Outbox;

/**
 * What every change of 好差评 leaves in its transaction: an audit record and an outbox event under the case's subject,
 * so sync carries evaluations up in the case's order.
 */
final class Changes {

    private final AuditTrail audit;
    private final Outbox outbox;

    Changes(AuditTrail audit, Outbox outbox) {
        this.audit = audit;
        this.outbox = outbox;
    }

    void record(Connection c, String caseNumber, String action, String actor, String role, String detail,
                Map<String, Object> payload) {
        audit.append(c, new AuditEntry(actor == null ? "unknown" : actor, role, action, "case:" + caseNumber, detail));
        Map<String, Object> event = new LinkedHashMap<>(payload);
        event.putIfAbsent("caseNumber", caseNumber);
        outbox.append(c, "case:" + caseNumber, action, 1, event);
    }
}
