package org.tongban.supervision.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.audit.AuditTrail;
import org.tongban.core.outbox.Outbox;

/** The audit record and outbox event of a card of a case, written in the transaction that issues or closes it. */
final class CardRecords {

    private final AuditTrail audit;
    private final Outbox outbox;

    CardRecords(AuditTrail audit, Outbox outbox) {
        this.audit = audit;
        this.outbox = outbox;
    }

    void record(Connection c, String caseNumber, String action, String detail, Map<String, Object> payload) throws SQLException {
        audit.append(c, new AuditEntry("supervision", "node", action, "case:" + caseNumber, detail));
        Map<String, Object> event = new LinkedHashMap<>(payload);
        event.put("caseNumber", caseNumber);
        event.put("detail", detail);
        outbox.append(c, "case:" + caseNumber, action, 1, event);
    }
}
