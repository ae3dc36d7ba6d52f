package org.tongban.supervision.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.data.Change;

/** The audit record and outbox event of a card of a case, recorded on the change that issues or closes it. */
final class CardRecords {

    private CardRecords() {
    }

    static void record(Change change, String caseNumber, String action, String detail, Map<String, Object> payload) {
        change.audit(new AuditEntry("supervision", "node", action, "case:" + caseNumber, detail));
        Map<String, Object> event = new LinkedHashMap<>(payload);
        event.put("caseNumber", caseNumber);
        event.put("detail", detail);
        change.emit("case:" + caseNumber, action, 1, event);
    }
}
