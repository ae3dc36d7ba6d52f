package org.tongban.evaluation.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.data.Change;

/**
 * What every change of 好差评 records on its {@link Change}: an audit record and an outbox event under the case's
 * subject, so sync carries evaluations up in the case's order.
 */
final class CaseRecords {

    private CaseRecords() {
    }

    static void record(Change change, String caseNumber, String action, String actor, String role, String detail,
                       Map<String, Object> payload) {
        change.audit(new AuditEntry(actor == null ? "unknown" : actor, role, action, "case:" + caseNumber, detail));
        Map<String, Object> event = new LinkedHashMap<>(payload);
        event.putIfAbsent("caseNumber", caseNumber);
        change.emit("case:" + caseNumber, action, 1, event);
    }
}
